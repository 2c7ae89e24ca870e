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

    public static ReportDocument TermSummary(TermSummaryData d, string district, DateTime generatedAt)
    {
        var term = d.Term;
        var document = new ReportDocument($"Term summary: {term.Name}", $"{TermSummaryHeader}: {term.Name}")
        {
            HeaderRight = district,
            Footer = $"{Dates(term.Start, term.End)} · generated {generatedAt:yyyy-MM-dd HH:mm} UTC · coordinators only",
            CreatedAt = generatedAt,
            Author = district,
        };

        var statuses = Enum.GetValues<PlacementStatus>().Select(s => $"{s}: {d.Placements.Count(p => p.Status == s).ToString("N0", Us)}");
        document.Heading($"{term.Name}: internships at a glance")
            .Paragraph($"Placements that overlap {Dates(term.Start, term.End)}, with the hours approved and the wages earned on them; " +
                "applications to the postings of the term; badges awarded during it.", muted: true)
            .KeyValues(
                new KeyValue("Placements", d.Placements.Count.ToString("N0", Us)),
                new KeyValue("By status", string.Join(" · ", statuses)),
                new KeyValue("Completion rate", $"{Percent(d.CompletionRate)} ({d.Completed.ToString("N0", Us)} completed of {d.Placements.Count.ToString("N0", Us)})"),
                new KeyValue("Hours approved", Hours(d.ApprovedHours)),
                new KeyValue("Wages paid", Money(d.WagesPaid)),
                new KeyValue("Badges awarded", d.Badges.Sum(b => b.Awarded).ToString("N0", Us)),
                new KeyValue("Applications", $"{d.Postings.Sum(p => p.Applications).ToString("N0", Us)} to {d.Postings.Count.ToString("N0", Us)} postings"));

        Groups(document, "Placements by pathway", "Pathway", d.By(p => p.Pathway));
        var byPathway = d.By(p => p.Pathway).Take(12).ToList();
        if (byPathway.Count > 0)
        {
            document.BarChart(byPathway.Select(g => g.Key).ToList(),
            [
                new BarSeries("Placements", byPathway.Select(g => (double)g.Placements).ToList(), MidpointColour),
                new BarSeries("Completed", byPathway.Select(g => (double)g.Completed).ToList(), FinalColour),
            ], 0);
        }

        Groups(document, "Placements by employer", "Employer", d.By(p => p.Employer));
        Groups(document, "Placements by school", "School", d.By(p => p.School));

        document.Heading("Equity review: by school and grade", 2)
            .Paragraph("Students who applied to a posting of the term, students placed, and how their placements went.", muted: true)
            .Table(
                [new TableColumn("School", 3), new TableColumn("Grade", 1, CellAlign.Right), new TableColumn("Applicants", 1.3f, CellAlign.Right),
                    new TableColumn("Placed", 1, CellAlign.Right), new TableColumn("Placement rate", 1.4f, CellAlign.Right),
                    new TableColumn("Completed", 1.3f, CellAlign.Right), new TableColumn("Hours", 1.3f, CellAlign.Right),
                    new TableColumn("Wages", 1.6f, CellAlign.Right)],
                d.EquityBreakdown().Select(e => (IReadOnlyList<string>)[e.School, e.Grade.ToString(Us), e.Applicants.ToString("N0", Us),
                    e.StudentsPlaced.ToString("N0", Us), e.Applicants == 0 ? "—" : Percent((double)e.StudentsPlaced / e.Applicants),
                    e.Completed.ToString("N0", Us), Hours(e.ApprovedHours), Money(e.Wages)]));

        document.Heading("Badges awarded", 2);
        if (d.Badges.Count == 0)
        {
            document.Paragraph("No badge was awarded during the term.", muted: true);
        }
        else
        {
            document.Table([new TableColumn("Badge", 4), new TableColumn("Awarded", 1, CellAlign.Right)],
                d.Badges.Select(b => (IReadOnlyList<string>)[b.Badge, b.Awarded.ToString("N0", Us)]));
        }

        document.Heading("Applications per posting", 2)
            .Table(
                [new TableColumn("Posting", 3.5f), new TableColumn("Employer", 2.5f), new TableColumn("Slots", 0.8f, CellAlign.Right),
                    new TableColumn("Applications", 1.3f, CellAlign.Right), new TableColumn("Offers", 1, CellAlign.Right),
                    new TableColumn("Accepted", 1.1f, CellAlign.Right)],
                d.Postings.Select(p => (IReadOnlyList<string>)[p.Posting, p.Employer, p.Slots.ToString(Us), p.Applications.ToString("N0", Us),
                    p.Offers.ToString("N0", Us), p.Accepted.ToString("N0", Us)]));

        document.PageBreak()
            .Heading("All placements", 2)
            .Table(PlacementColumns, d.Placements.Select(p => (IReadOnlyList<string>)[p.Student, p.Grade.ToString(Us), p.School, p.Pathway, p.Employer,
                $"{p.StartDate:MM/dd}–{p.EndDate:MM/dd/yy}", p.Status.ToString(), Hours(p.ApprovedHours), Money(p.Wages)]));
        return document;
    }

    /// <summary>The columns of the term summary's list of all placements.</summary>
    public static readonly IReadOnlyList<TableColumn> PlacementColumns =
    [
        new("Student", 2.2f), new("Grade", 1.2f, CellAlign.Right), new("School", 1.8f), new("Pathway", 2.1f), new("Employer", 2.2f),
        new("Dates", 2.6f), new("Status", 1.8f), new("Hours", 1.2f, CellAlign.Right), new("Wages", 1.8f, CellAlign.Right),
    ];

    private static void Groups(ReportDocument document, string heading, string keyTitle, IReadOnlyList<PlacementGroup> groups)
    {
        document.Heading(heading, 2).Table(
            [new TableColumn(keyTitle, 4), new TableColumn("Placements", 1.3f, CellAlign.Right), new TableColumn("Completed", 1.3f, CellAlign.Right),
                new TableColumn("Completion", 1.3f, CellAlign.Right), new TableColumn("Hours", 1.3f, CellAlign.Right), new TableColumn("Wages", 1.6f, CellAlign.Right)],
            groups.Select(g => (IReadOnlyList<string>)[g.Key, g.Placements.ToString("N0", Us), g.Completed.ToString("N0", Us), Percent(g.CompletionRate),
                Hours(g.ApprovedHours), Money(g.Wages)]));
    }

    private static string Dates(DateOnly start, DateOnly end) => $"{start.ToString("MMM d, yyyy", Us)} – {end.ToString("MMM d, yyyy", Us)}";

    private static string Money(decimal amount) => amount.ToString("C2", Us);

    private static string Hours(decimal hours) => hours.ToString("#,0.##", Us);

    private static string Percent(double share) => share.ToString("0.0%", Us);

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
    }
}
