using WorkforceInsights.Import.Extracts;

namespace WorkforceInsights.Import.Importers;

/// <summary>Told of a file's progress while it loads (the CLI prints it; tests use it to inject faults).</summary>
public interface IImportObserver
{
    void RowsRead(ExtractKind kind, long rowsRead);
}
