using System.Globalization;
using System.Resources;
using Internships.Application.Common.Localization;
using Internships.Application.Features.Reports;
using Internships.Domain.Placements;
using Internships.Infrastructure.Reports.Documents;

namespace Internships.Infrastructure.Reports;

/// <summary>What each report says, as a <see cref="ReportDocument"/>: the words and their order, no drawing.</summary>
public static class ReportLayouts
{
    private static readonly CultureInfo Us = CultureInfo.GetCultureInfo("en-US");
    private const string MidpointColour = "#90A4AE";
    private const string FinalColour = "#1565C0";

    public const string PlacementReportHeader = "Placement report";

    public const string PlacementReportHeaderEs = "Informe de la pasantía";
    public const string TermSummaryHeader = "Term summary";

    public const string TermSummaryHeaderEs = "Resumen del periodo";

    /// <summary>The placement report, in <paramref name="language"/> ("en-US" by default, or "es-US"): the student and their family read it.</summary>
    public static ReportDocument PlacementReport(PlacementReportData d, string district, DateTime generatedAt, string language = Languages.English)
    {
        var t = new ReportWords(Languages.CultureOf(language));
        var dates = $"{t.Date(d.StartDate)} – {t.Date(d.EndDate)}";
        var status = t[$"State.{d.Status}"];
        var document = new ReportDocument(t["Placement.Title", d.StudentName, d.PostingTitle], t["Placement.Header"])
        {
            HeaderRight = district,
            Footer = t["Placement.Footer", d.StudentName, d.PostingTitle, generatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
            PageLabel = t.Pattern("Page"),
            CreatedAt = generatedAt,
            Author = district,
        };

        document.Heading($"{d.StudentName}: {d.PostingTitle}")
            .Paragraph(t["Placement.Summary", d.Employer, dates, status], muted: true)
            .Heading(t["Placement.Section"], 2)
            .KeyValues(
                new KeyValue(t["Placement.Student"], t["Placement.StudentValue", d.StudentName, d.SisId, d.Grade]),
                new KeyValue(t["Placement.School"], d.School),
                new KeyValue(t["Placement.Pathway"], d.Pathway),
                new KeyValue(t["Placement.Employer"], d.Employer),
                new KeyValue(t["Placement.Position"], d.PostingTitle),
                new KeyValue(t["Placement.Supervisor"], d.Supervisor is null ? t["Placement.NotAssigned"] : d.SupervisorTitle is { Length: > 0 } title ? $"{d.Supervisor}, {title}" : d.Supervisor),
                new KeyValue(t["Placement.Dates"], dates),
                new KeyValue(t["Placement.Status"], status))
            .Heading(t["Placement.HoursSection"], 2)
            .KeyValues(
                new KeyValue(t["Placement.ApprovedHours"], t["Placement.HoursValue", t.Hours(d.ApprovedHours), t.Hours(d.RequiredHours)]),
                new KeyValue(t["Placement.Wage"], t.Money(d.HourlyWage)),
                new KeyValue(t["Placement.Earnings"], t["Placement.EarningsValue", t.Money(d.Earnings)]));

        document.Heading(t["Placement.Evaluations"], 2);
        if (d.Scores.Count == 0)
        {
            document.Paragraph(t["Placement.NoEvaluation"], muted: true);
        }
        else
        {
            document.Paragraph(t["Placement.Scale"])
                .Table(
                    [new TableColumn(t["Placement.Competency"], 3), new TableColumn(t["Placement.Midpoint"], 1, CellAlign.Right),
                        new TableColumn(t["Placement.Final"], 1, CellAlign.Right), new TableColumn(t["Placement.Change"], 1, CellAlign.Right)],
                    d.Scores.Select(s => (IReadOnlyList<string>)[s.Competency, Score(s.Midpoint), Score(s.Final),
                        s is { Midpoint: { } m, Final: { } f } ? (f - m).ToString("+0;-0;0", Us) : "—"]))
                .BarChart(d.Scores.Select(s => s.Competency).ToList(),
                [
                    new BarSeries(t["Placement.Midpoint"], d.Scores.Select(s => (double)(s.Midpoint ?? 0)).ToList(), MidpointColour),
                    new BarSeries(t["Placement.Final"], d.Scores.Select(s => (double)(s.Final ?? 0)).ToList(), FinalColour),
                ], 4);
        }

        document.Heading(t["Placement.Testimonial"], 2);
        var supervisor = d.Supervisor ?? t["Placement.Supervisor"];
        if (d.FinalTestimonial is { Length: > 0 } final)
        {
            document.Paragraph($"“{final}”").Paragraph(t["Placement.FinalBy", supervisor], muted: true);
        }

        if (d.MidpointTestimonial is { Length: > 0 } midpoint)
        {
            document.Paragraph($"“{midpoint}”").Paragraph(t["Placement.MidpointBy", supervisor], muted: true);
        }

        if (d.FinalTestimonial is not { Length: > 0 } && d.MidpointTestimonial is not { Length: > 0 })
        {
            document.Paragraph(t["Placement.NoTestimonial"], muted: true);
        }

        document.Heading(t["Placement.Badges"], 2);
        if (d.Badges.Count == 0)
        {
            document.Paragraph(t["Placement.NoBadge"], muted: true);
        }
        else
        {
            document.Paragraph(t["Placement.VerifyBadges"]);
            document.KeyValues(d.Badges.Select(b => new KeyValue(
                b.Revoked ? t["Placement.Revoked", b.Name] : b.Name,
                t["Placement.Issued", b.VerificationUrl, b.IssuedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                b.VerificationUrl)));
        }

        return document;
    }

    /// <summary>The term summary, in <paramref name="language"/> ("en-US" by default, or "es-US"); names stay as the district wrote them.</summary>
    public static ReportDocument TermSummary(TermSummaryData d, string district, DateTime generatedAt, string language = Languages.English)
    {
        var t = new ReportWords(Languages.CultureOf(language));
        var term = d.Term;
        var dates = $"{t.Date(term.Start)} – {t.Date(term.End)}";
        var document = new ReportDocument(t["Term.Header", term.Name], t["Term.Header", term.Name])
        {
            HeaderRight = district,
            Footer = t["Term.Footer", dates, generatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)],
            PageLabel = t.Pattern("Page"),
            CreatedAt = generatedAt,
            Author = district,
        };

        var statuses = Enum.GetValues<PlacementStatus>().Select(s => $"{t[$"State.{s}"]}: {t.Count(d.Placements.Count(p => p.Status == s))}");
        document.Heading(t["Term.Heading", term.Name])
            .Paragraph(t["Term.Intro", dates], muted: true)
            .KeyValues(
                new KeyValue(t["Term.Placements"], t.Count(d.Placements.Count)),
                new KeyValue(t["Term.ByStatus"], string.Join(" · ", statuses)),
                new KeyValue(t["Term.CompletionRate"], t["Term.CompletionValue", t.Percent(d.CompletionRate), t.Count(d.Completed), t.Count(d.Placements.Count)]),
                new KeyValue(t["Term.HoursApproved"], t.Hours(d.ApprovedHours)),
                new KeyValue(t["Term.WagesPaid"], t.Money(d.WagesPaid)),
                new KeyValue(t["Term.BadgesAwarded"], t.Count(d.Badges.Sum(b => b.Awarded))),
                new KeyValue(t["Term.Applications"], t["Term.ApplicationsValue", t.Count(d.Postings.Sum(p => p.Applications)), t.Count(d.Postings.Count)]));

        Groups(document, t, t["Term.ByPathway"], t["Term.Pathway"], d.By(p => p.Pathway));
        var byPathway = d.By(p => p.Pathway).Take(12).ToList();
        if (byPathway.Count > 0)
        {
            document.BarChart(byPathway.Select(g => g.Key).ToList(),
            [
                new BarSeries(t["Term.Placements"], byPathway.Select(g => (double)g.Placements).ToList(), MidpointColour),
                new BarSeries(t["Term.Completed"], byPathway.Select(g => (double)g.Completed).ToList(), FinalColour),
            ], 0);
        }

        Groups(document, t, t["Term.ByEmployer"], t["Term.Employer"], d.By(p => p.Employer));
        Groups(document, t, t["Term.BySchool"], t["Term.School"], d.By(p => p.School));

        document.Heading(t["Term.Equity"], 2)
            .Paragraph(t["Term.EquityIntro"], muted: true)
            .Table(
                [new TableColumn(t["Term.School"], 3), new TableColumn(t["Term.Grade"], 1, CellAlign.Right), new TableColumn(t["Term.Applicants"], 1.3f, CellAlign.Right),
                    new TableColumn(t["Term.Placed"], 1, CellAlign.Right), new TableColumn(t["Term.PlacementRate"], 1.4f, CellAlign.Right),
                    new TableColumn(t["Term.Completed"], 1.3f, CellAlign.Right), new TableColumn(t["Term.Hours"], 1.3f, CellAlign.Right),
                    new TableColumn(t["Term.Wages"], 1.6f, CellAlign.Right)],
                d.EquityBreakdown().Select(e => (IReadOnlyList<string>)[e.School, t.Count(e.Grade), t.Count(e.Applicants),
                    t.Count(e.StudentsPlaced), e.Applicants == 0 ? "—" : t.Percent((double)e.StudentsPlaced / e.Applicants),
                    t.Count(e.Completed), t.Hours(e.ApprovedHours), t.Money(e.Wages)]));

        document.Heading(t["Term.BadgesAwarded"], 2);
        if (d.Badges.Count == 0)
        {
            document.Paragraph(t["Term.NoBadge"], muted: true);
        }
        else
        {
            document.Table([new TableColumn(t["Term.Badge"], 4), new TableColumn(t["Term.Awarded"], 1, CellAlign.Right)],
                d.Badges.Select(b => (IReadOnlyList<string>)[b.Badge, t.Count(b.Awarded)]));
        }

        document.Heading(t["Term.PerPosting"], 2)
            .Table(
                [new TableColumn(t["Term.Posting"], 3.5f), new TableColumn(t["Term.Employer"], 2.5f), new TableColumn(t["Term.Slots"], 0.8f, CellAlign.Right),
                    new TableColumn(t["Term.Applications"], 1.3f, CellAlign.Right), new TableColumn(t["Term.Offers"], 1, CellAlign.Right),
                    new TableColumn(t["Term.Accepted"], 1.1f, CellAlign.Right)],
                d.Postings.Select(p => (IReadOnlyList<string>)[p.Posting, p.Employer, t.Count(p.Slots), t.Count(p.Applications),
                    t.Count(p.Offers), t.Count(p.Accepted)]));

        var shortDay = t.Pattern("Format.ShortDay");
        var shortDate = t.Pattern("Format.ShortDate");
        document.PageBreak()
            .Heading(t["Term.AllPlacements"], 2)
            .Table(PlacementColumnsIn(t), d.Placements.Select(p => (IReadOnlyList<string>)[p.Student, t.Count(p.Grade), p.School, p.Pathway, p.Employer,
                $"{p.StartDate.ToString(shortDay, CultureInfo.InvariantCulture)}–{p.EndDate.ToString(shortDate, CultureInfo.InvariantCulture)}",
                t[$"State.{p.Status}"], t.Hours(p.ApprovedHours), t.Money(p.Wages)]));
        return document;
    }

    /// <summary>The columns of the English term summary's list of all placements.</summary>
    public static IReadOnlyList<TableColumn> PlacementColumns { get; } = PlacementColumnsIn(new ReportWords(Us));

    private static IReadOnlyList<TableColumn> PlacementColumnsIn(ReportWords t) =>
    [
        new(t["Term.Student"], 2.2f), new(t["Term.Grade"], 1.2f, CellAlign.Right), new(t["Term.School"], 1.8f), new(t["Term.Pathway"], 2.1f),
        new(t["Term.Employer"], 2.2f), new(t["Term.Dates"], 2.6f), new(t["Term.Status"], 1.8f), new(t["Term.Hours"], 1.2f, CellAlign.Right),
        new(t["Term.Wages"], 1.8f, CellAlign.Right),
    ];

    private static void Groups(ReportDocument document, ReportWords t, string heading, string keyTitle, IReadOnlyList<PlacementGroup> groups)
    {
        document.Heading(heading, 2).Table(
            [new TableColumn(keyTitle, 4), new TableColumn(t["Term.Placements"], 1.3f, CellAlign.Right), new TableColumn(t["Term.Completed"], 1.3f, CellAlign.Right),
                new TableColumn(t["Term.Completion"], 1.3f, CellAlign.Right), new TableColumn(t["Term.Hours"], 1.3f, CellAlign.Right),
                new TableColumn(t["Term.Wages"], 1.6f, CellAlign.Right)],
            groups.Select(g => (IReadOnlyList<string>)[g.Key, t.Count(g.Placements), t.Count(g.Completed), t.Percent(g.CompletionRate),
                t.Hours(g.ApprovedHours), t.Money(g.Wages)]));
    }

    private static string Score(int? score) => score?.ToString(Us) ?? "—";

    /// <summary>A report's words in one language (<c>Resources/ReportText.resx</c> and <c>ReportText.es.resx</c>), and its ways with numbers.</summary>
    private sealed class ReportWords(CultureInfo culture)
    {
        private static readonly ResourceManager Resources = new("Internships.Infrastructure.Resources.ReportText", typeof(ReportWords).Assembly);

        public string this[string key, params object?[] arguments] => string.Format(culture, Resources.GetString(key, culture) ?? key, arguments);

        /// <summary>A text with its placeholders left for the caller to fill (the page label is filled per page).</summary>
        public string Pattern(string key) => Resources.GetString(key, culture) ?? key;

        public string Date(DateOnly date) => date.ToString(Pattern("Format.Date"), culture);

        public string Money(decimal amount) => amount.ToString("C2", culture);

        public string Hours(decimal hours) => hours.ToString("#,0.##", culture);

        public string Count(int count) => count.ToString("N0", culture);

        public string Percent(double share) => share.ToString("0.0%", culture);
    }
}
