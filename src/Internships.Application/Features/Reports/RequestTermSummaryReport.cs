using Internships.Application.Features.Terms;
using Internships.Domain.Common;
using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// A coordinator asks for a term's summary report: the placements overlapping <c>from</c>–<c>to</c>, or a configured
/// term's (<c>termId</c>). With neither, the district's configured term that ended most recently. While one for the same
/// dates is queued or running, that one is answered.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RequestTermSummaryReportCommand(string? Name = null, DateOnly? From = null, DateOnly? To = null, int? TermId = null)
    : ICommand<ReportDto>;

public sealed class RequestTermSummaryReportValidator : AbstractValidator<RequestTermSummaryReportCommand>
{
    public RequestTermSummaryReportValidator()
    {
        RuleFor(c => c.Name).MaximumLength(100).WithMessage("The name is at most 100 characters.");
        RuleFor(c => c.From).NotNull().When(c => c.To is not null).WithMessage("Enter the first day too, or neither day.");
        RuleFor(c => c.To).NotNull().When(c => c.From is not null).WithMessage("Enter the last day too, or neither day.");
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).When(c => c.From is not null && c.To is not null)
            .WithMessage("The last day cannot be before the first.");
        RuleFor(c => c.To).Must((c, to) => to!.Value.DayNumber - c.From!.Value.DayNumber <= 2 * 366)
            .When(c => c.From is not null && c.To is not null && c.To >= c.From)
            .WithMessage("A term summary covers at most two years.");
        RuleFor(c => c.TermId).Null().When(c => c.From is not null || c.To is not null).WithMessage("Give a term or dates, not both.");
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
        var report = await db.RequestTermSummaryAsync(term, user.UserName ?? "unknown", user.UserId, clock.UtcNow, cancellationToken);
        return ReportDto.From(report, user, placement: null);
    }
}
