using System.Globalization;
using Internships.Application.Features.Terms;
using Internships.Domain.Common;
using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// A coordinator asks for a term's summary report: the placements overlapping <c>from</c>–<c>to</c>, or a configured
/// term's (<c>termId</c>). With neither, the district's configured term that ended most recently. While one for the same
/// dates in the same language is queued or running, that one is answered. Written in <see cref="Language"/> when given,
/// else in the language of the page or client that asks.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RequestTermSummaryReportCommand(string? Name = null, DateOnly? From = null, DateOnly? To = null, int? TermId = null)
    : ICommand<ReportDto>
{
    /// <summary>"en-US" or "es-US" ("es", "en" and the like read as those); null for the asker's language.</summary>
    public string? Language { get; init; }
}

public sealed class RequestTermSummaryReportValidator : AbstractValidator<RequestTermSummaryReportCommand>
{
    public RequestTermSummaryReportValidator()
    {
        RuleFor(c => c.Name).MaximumLength(100).WithMessageKey("Reports.TermNameTooLong");
        RuleFor(c => c.From).NotNull().When(c => c.To is not null).WithMessageKey("Reports.FromToo");
        RuleFor(c => c.To).NotNull().When(c => c.From is not null).WithMessageKey("Reports.ToToo");
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).When(c => c.From is not null && c.To is not null)
            .WithMessageKey("Reports.EndBeforeStart");
        RuleFor(c => c.To).Must((c, to) => to!.Value.DayNumber - c.From!.Value.DayNumber <= 2 * 366)
            .When(c => c.From is not null && c.To is not null && c.To >= c.From)
            .WithMessageKey("Reports.AtMostTwoYears");
        RuleFor(c => c.TermId).Null().When(c => c.From is not null || c.To is not null).WithMessageKey("Reports.TermOrDates");
        RuleFor(c => c.Language).Must(l => Languages.Match(l) is not null).When(c => c.Language is not null).WithMessageKey("Reports.LanguageOneOf");
    }
}

public sealed class RequestTermSummaryReportHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<RequestTermSummaryReportCommand, ReportDto>
{
    public async ValueTask<ReportDto> Handle(RequestTermSummaryReportCommand command, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(command.Name) ? null : command.Name.Trim();
        var term = command is { From: { } from, To: { } to }
            ? new ReportTerm(name ?? $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}", from, to)
            : command.TermId is { } termId
                ? (await db.FindTermAsync(termId, cancellationToken)).ToReportTerm()
                : (await db.Terms.AsNoTracking().EndedBy(clock.Today).FirstOrDefaultAsync(cancellationToken))?.ToReportTerm()
                    ?? throw new DomainRuleException(RuleKeys.Reports.NoTermEnded, "No district term has ended yet: give the dates, or add the district's terms (/coordinator/terms).");
        term = name is null ? term : term with { Name = name };
        var language = Languages.Match(command.Language) ?? Languages.Match(CultureInfo.CurrentUICulture.Name) ?? Languages.Default;
        var report = await db.RequestTermSummaryAsync(term, user.UserName ?? "unknown", user.UserId, clock.UtcNow, cancellationToken, language);
        return ReportDto.From(report, user, placement: null);
    }
}
