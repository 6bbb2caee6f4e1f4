using System.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using WorkforceInsights.Core.Periods;

namespace WorkforceInsights.Data;

/// <summary>
/// The one conversion of dates between the product and its databases: SQLite keeps ISO text (yyyy-MM-dd), SQL Server
/// a date. Query rows and parameters use DateOnly; this handler reads either form and writes the engine's own.
/// </summary>
internal sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public override DateOnly Parse(object value) => value switch
    {
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => IsoDate.Parse(text),
        _ => throw new DataException($"A date column holds a {value.GetType().Name}, not a date."),
    };

    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = IsoDate.Of(value);
        }
        else
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value.ToDateTime(TimeOnly.MinValue);
        }
    }
}
