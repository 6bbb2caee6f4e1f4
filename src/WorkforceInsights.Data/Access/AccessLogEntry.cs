namespace WorkforceInsights.Data.Access;

/// <summary>One view or download of person-level data: who, with which roles, what, and how many rows it returned.</summary>
/// <param name="LoggedAt">UTC, ISO 8601.</param>
/// <param name="UserId">The token's stable id (oid or sub), never an email address typed by the user.</param>
/// <param name="Filters">The query it was asked with, e.g. "asOf=2026-09-30&amp;team=FS01".</param>
public sealed record AccessLogEntry(long EntryId, string LoggedAt, string UserId, string UserName, string Roles, string Resource, string Filters, long RowsReturned);
