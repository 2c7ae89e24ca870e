namespace Internships.Application.Features.StateReporting;

/// <summary>
/// The CALPADS Work-Based Learning (WBLR) extract for the academic year starting 1 July of <c>year</c> (coordinators):
/// one Internship record (type 10) for each placement of a student in grades 9–12 with hours approved for work done in
/// that year (an internship over two years is reported in each, with that year's hours). A placement missing what a
/// record needs (the student's SSID, the school's CDS code, a state course code, the supervisor's evaluation) is listed
/// as an error saying what to fix, never left out silently.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetWblrExtractQuery(int Year) : IQuery<WblrExtractDto>;

public sealed class GetWblrExtractValidator : AbstractValidator<GetWblrExtractQuery>
{
    public GetWblrExtractValidator(IClock clock) =>
        RuleFor(x => x.Year).InclusiveBetween(2020, WblrLayout.AcademicYearOf(clock.Today))
            .WithMessageKey("Calpads.YearOutOfRange");
}

public sealed class GetWblrExtractHandler(IAppDbContext db, CalpadsSettings settings) : IQueryHandler<GetWblrExtractQuery, WblrExtractDto>
{
    public async ValueTask<WblrExtractDto> Handle(GetWblrExtractQuery query, CancellationToken cancellationToken) =>
        await db.BuildWblrExtractAsync(settings, query.Year, cancellationToken);
}
