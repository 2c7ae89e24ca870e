using System.Globalization;
using CsvHelper;

namespace Internships.Application.Features.MatchRounds;

/// <summary>A run's outcomes as CSV, one row per participant, for coordinators' records and spreadsheets.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ExportMatchRunQuery(int RoundId, int Number) : IQuery<string>;

public sealed class ExportMatchRunAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ExportMatchRunQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ExportMatchRunQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ExportMatchRunHandler(IAppDbContext db) : IQueryHandler<ExportMatchRunQuery, string>
{
    public async ValueTask<string> Handle(ExportMatchRunQuery query, CancellationToken cancellationToken)
    {
        var run = await db.FindRunAsync(query.RoundId, query.Number, cancellationToken);
        var rows = await db.OutcomeRows(run.Id, null).ToListAsync(cancellationToken);

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "round", "run", "seed", "student_sis_id", "student_name", "school", "grade", "posting_id", "posting_title", "employer", "choice", "unmatched_reason" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            csv.WriteField(query.RoundId);
            csv.WriteField(run.Number);
            csv.WriteField(run.Seed);
            csv.WriteField(row.SisId);
            csv.WriteField(row.StudentName);
            csv.WriteField(row.School);
            csv.WriteField(row.Grade);
            csv.WriteField(row.PostingId);
            csv.WriteField(row.PostingTitle);
            csv.WriteField(row.EmployerName);
            csv.WriteField(row.ChoiceNumber);
            csv.WriteField(row.Reason?.ToString());
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
        return text.ToString();
    }
}
