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
        RuleFor(x => x.Title).NotEmpty().WithMessage("Enter the posting's title.")
            .MaximumLength(120).WithMessage("The title is at most 120 characters.");
        RuleFor(x => x.Description).NotEmpty().WithMessage("Enter what the intern will do.")
            .MaximumLength(4000).WithMessage("What the intern will do is at most 4,000 characters.");

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

        RuleFor(x => x.HourlyWage).GreaterThan(0).WithMessage("Enter the hourly wage: more than $0.")
            .LessThanOrEqualTo(MaxHourlyWage).WithMessage("The hourly wage must be $200 or less.")
            .PrecisionScale(7, 2, ignoreTrailingZeros: true).WithMessage("Enter the hourly wage in dollars and cents, e.g. 18.50.");
        RuleFor(x => x.HoursPerWeek).GreaterThan(0).WithMessage("Enter the hours a week: more than 0.")
            .LessThanOrEqualTo(MaxHoursPerWeek).WithMessage("Hours a week must be 40 or fewer.")
            .PrecisionScale(4, 2, ignoreTrailingZeros: true).WithMessage("Enter the hours a week with at most two decimals, e.g. 12.5.");
        RuleFor(x => x.Slots).InclusiveBetween(1, MaxSlots).WithMessage("Slots must be from 1 to 50.");

        RuleFor(x => x.StartDate).NotEqual(default(DateOnly)).WithMessage("Enter the day the internship starts.")
            .GreaterThanOrEqualTo(_ => clock.Today).WithMessage(_ => $"The start cannot be in the past: choose {Days.Written(clock.Today)} or later.");
        RuleFor(x => x.EndDate).NotEqual(default(DateOnly)).WithMessage("Enter the day the internship ends.")
            .GreaterThan(x => x.StartDate).WithMessage("The end must be after the start.")
            .LessThanOrEqualTo(x => x.StartDate.AddDays(MaxDurationDays)).WithMessage("An internship lasts at most a year.");
        RuleFor(x => x.ApplicationDeadline).NotEqual(default(DateOnly)).WithMessage("Enter the last day to apply.")
            .GreaterThanOrEqualTo(_ => clock.Today).WithMessage(_ => $"The apply-by date cannot be in the past: choose {Days.Written(clock.Today)} or later.")
            .LessThanOrEqualTo(x => x.StartDate).WithMessage(x => $"The apply-by date must be on or before the start, {Days.Written(x.StartDate)}.");

        RuleFor(x => x.Location).NotEmpty().When(x => !x.IsRemote).WithMessage("Enter the location, or tick Remote.");
        RuleFor(x => x.Location).MaximumLength(200).WithMessage("The location is at most 200 characters.");

        RuleFor(x => x.EligibleGrades)
            .Must(grades => grades is null || grades.All(Grades.IsInternshipGrade))
            .WithMessage("Internships are for grades 11 and 12.")
            .Must(grades => grades is null || grades.Distinct().Count() == grades.Count).WithMessage("A grade is listed twice.");
        RuleFor(x => x.MinimumAge).InclusiveBetween(14, 21).WithMessage("The minimum age must be from 14 to 21, or left empty.");
        RuleFor(x => x.RequiredHours).GreaterThan(0).WithMessage("Hours to complete must be more than 0, or left empty.")
            .LessThanOrEqualTo(2000).WithMessage("Hours to complete must be 2,000 or fewer.")
            .PrecisionScale(6, 2, ignoreTrailingZeros: true).WithMessage("Enter the hours to complete with at most two decimals.");
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
            .WithMessage("Choose one of the organisation's active supervisors.");
    }
}
