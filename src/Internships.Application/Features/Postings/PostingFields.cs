using Internships.Domain.Badges;
using Internships.Domain.Common;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Postings;

/// <summary>
/// What an employer writes about a position: the fields of <see cref="CreatePostingCommand"/> and
/// <see cref="EditPostingCommand"/>, written once. Each command adds only what is its own (the employer, the posting).
/// </summary>
public abstract record PostingFields
{
    public string Title { get; init; } = "";

    public string Description { get; init; } = "";

    public IReadOnlyList<int>? PathwayIds { get; init; }

    public decimal HourlyWage { get; init; }

    public decimal HoursPerWeek { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly EndDate { get; init; }

    public int Slots { get; init; }

    public string? Location { get; init; }

    public bool IsRemote { get; init; }

    public DateOnly ApplicationDeadline { get; init; }

    /// <summary>Grades that may apply; both junior and senior years when left out.</summary>
    public IReadOnlyList<int>? EligibleGrades { get; init; }

    public int? MinimumAge { get; init; }

    public int? SupervisorId { get; init; }

    /// <summary>Approved hours needed to complete a placement; the weekly hours over the whole weeks when left out.</summary>
    public decimal? RequiredHours { get; init; }

    /// <summary>Badges a student must hold to apply: rungs of a ladder.</summary>
    public IReadOnlyList<int>? RequiredBadgeIds { get; init; }

    internal PostingDetails ToDetails() => new(
        Title, Description, PathwayIds ?? [], HourlyWage, HoursPerWeek, StartDate, EndDate, Slots,
        Location, IsRemote, ApplicationDeadline, EligibleGrades is { Count: > 0 } grades ? grades : Grades.Internship,
        MinimumAge, SupervisorId, RequiredHours, RequiredBadgeIds ?? []);
}

internal sealed class PostingFieldsValidator : AbstractValidator<PostingFields>
{
    public const int MaxPathways = 5;
    public const decimal MaxHourlyWage = 200m;
    public const decimal MaxHoursPerWeek = 40m;
    public const int MaxSlots = 50;
    public const int MaxDurationDays = 366;

    public PostingFieldsValidator(IAppDbContext db, IClock clock)
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Description).NotEmpty().MaximumLength(4000);

        RuleFor(x => x.PathwayIds).NotEmpty().WithMessage("Choose at least one career pathway.")
            .Must(ids => ids is null || ids.Count <= MaxPathways).WithMessage($"Choose at most {MaxPathways} pathways.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("A pathway is listed twice.")
            .MustAsync(async (ids, ct) =>
            {
                if (ids is null || ids.Count == 0)
                {
                    return true;
                }

                var distinct = ids.Distinct().ToList();
                return await db.Pathways.CountAsync(p => distinct.Contains(p.Id), ct) == distinct.Count;
            }).WithMessage("One of the pathways does not exist.");

        RuleFor(x => x.HourlyWage).GreaterThan(0).LessThanOrEqualTo(MaxHourlyWage).PrecisionScale(7, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.HoursPerWeek).GreaterThan(0).LessThanOrEqualTo(MaxHoursPerWeek).PrecisionScale(4, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Slots).InclusiveBetween(1, MaxSlots);

        RuleFor(x => x.StartDate).GreaterThanOrEqualTo(_ => clock.Today).WithMessage("'Start Date' cannot be in the past.");
        RuleFor(x => x.EndDate).GreaterThan(x => x.StartDate).WithMessage("'End Date' must be after the start date.")
            .LessThanOrEqualTo(x => x.StartDate.AddDays(MaxDurationDays)).WithMessage("An internship lasts at most a year.");
        RuleFor(x => x.ApplicationDeadline)
            .GreaterThanOrEqualTo(_ => clock.Today).WithMessage("'Application Deadline' cannot be in the past.")
            .LessThanOrEqualTo(x => x.StartDate).WithMessage("'Application Deadline' must be on or before the start date.");

        RuleFor(x => x.Location).NotEmpty().When(x => !x.IsRemote).WithMessage("An on-site internship needs a location.");
        RuleFor(x => x.Location).MaximumLength(200);

        RuleFor(x => x.EligibleGrades)
            .Must(grades => grades is null || grades.All(Grades.IsInternshipGrade))
            .WithMessage("Internships are for grades 11 and 12.")
            .Must(grades => grades is null || grades.Distinct().Count() == grades.Count).WithMessage("A grade is listed twice.");
        RuleFor(x => x.MinimumAge).InclusiveBetween(14, 21);
        RuleFor(x => x.RequiredHours).GreaterThan(0).LessThanOrEqualTo(2000).PrecisionScale(6, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.RequiredBadgeIds)
            .Must(ids => ids is null || ids.Count <= 5).WithMessage("Require at most 5 badges.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("A badge is listed twice.")
            .MustAsync(async (ids, ct) =>
            {
                if (ids is null || ids.Count == 0)
                {
                    return true;
                }

                var distinct = ids.Distinct().ToList();
                return await db.BadgeClasses.CountAsync(b => distinct.Contains(b.Id) && b.RecipientType == BadgeRecipientType.Student, ct) == distinct.Count;
            }).WithMessage("One of the badges does not exist or is not a badge for students.");
        RuleFor(x => x.SupervisorId)
            .MustAsync((id, ct) => db.Supervisors.AnyAsync(s => s.Id == id && s.IsActive, ct))
            .When(x => x.SupervisorId is not null)
            .WithMessage("Supervisor {PropertyValue} does not exist or is no longer active.");
    }
}
