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
        RuleFor(x => x.Title).NotEmpty().WithMessageKey("Postings.TitleRequired")
            .MaximumLength(120).WithMessageKey("Postings.TitleTooLong");
        RuleFor(x => x.Description).NotEmpty().WithMessageKey("Postings.DescriptionRequired")
            .MaximumLength(4000).WithMessageKey("Postings.DescriptionTooLong");

        RuleFor(x => x.PathwayIds).NotEmpty().WithMessageKey("Postings.PathwaysRequired")
            .Must(ids => ids is null || ids.Count <= MaxPathways).WithMessage(_ => ValidationText.Format("Postings.PathwaysTooMany", MaxPathways))
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessageKey("Postings.PathwayTwice")
            .MustAsync(async (ids, ct) =>
            {
                if (ids is null || ids.Count == 0)
                {
                    return true;
                }

                var distinct = ids.Distinct().ToList();
                return await db.Pathways.CountAsync(p => distinct.Contains(p.Id), ct) == distinct.Count;
            }).WithMessageKey("Postings.PathwayUnknown");

        RuleFor(x => x.HourlyWage).GreaterThan(0).WithMessageKey("Postings.WageRequired")
            .LessThanOrEqualTo(MaxHourlyWage).WithMessageKey("Postings.WageTooHigh")
            .PrecisionScale(7, 2, ignoreTrailingZeros: true).WithMessageKey("Postings.WageCents");
        RuleFor(x => x.HoursPerWeek).GreaterThan(0).WithMessageKey("Postings.HoursRequired")
            .LessThanOrEqualTo(MaxHoursPerWeek).WithMessageKey("Postings.HoursTooMany")
            .PrecisionScale(4, 2, ignoreTrailingZeros: true).WithMessageKey("Postings.HoursDecimals");
        RuleFor(x => x.Slots).InclusiveBetween(1, MaxSlots).WithMessageKey("Postings.SlotsRange");

        RuleFor(x => x.StartDate).NotEqual(default(DateOnly)).WithMessageKey("Postings.StartRequired")
            .GreaterThanOrEqualTo(_ => clock.Today).WithMessage(_ => ValidationText.Format("Postings.StartInPast", ValidationText.Day(clock.Today)));
        RuleFor(x => x.EndDate).NotEqual(default(DateOnly)).WithMessageKey("Postings.EndRequired")
            .GreaterThan(x => x.StartDate).WithMessageKey("Postings.EndBeforeStart")
            .LessThanOrEqualTo(x => x.StartDate.AddDays(MaxDurationDays)).WithMessageKey("Postings.LongerThanAYear");
        RuleFor(x => x.ApplicationDeadline).NotEqual(default(DateOnly)).WithMessageKey("Postings.DeadlineRequired")
            .GreaterThanOrEqualTo(_ => clock.Today).WithMessage(_ => ValidationText.Format("Postings.DeadlineInPast", ValidationText.Day(clock.Today)))
            .LessThanOrEqualTo(x => x.StartDate).WithMessage(x => ValidationText.Format("Postings.DeadlineAfterStart", ValidationText.Day(x.StartDate)));

        RuleFor(x => x.Location).NotEmpty().When(x => !x.IsRemote).WithMessageKey("Postings.PlaceRequired");
        RuleFor(x => x.Location).MaximumLength(200).WithMessageKey("Postings.PlaceTooLong");

        RuleFor(x => x.EligibleGrades)
            .Must(grades => grades is null || grades.All(Grades.IsInternshipGrade))
            .WithMessageKey("Postings.GradesForInternships")
            .Must(grades => grades is null || grades.Distinct().Count() == grades.Count).WithMessageKey("Postings.GradeTwice");
        RuleFor(x => x.MinimumAge).InclusiveBetween(14, 21).WithMessageKey("Postings.MinimumAgeRange");
        RuleFor(x => x.RequiredHours).GreaterThan(0).WithMessageKey("Postings.RequiredHoursPositive")
            .LessThanOrEqualTo(2000).WithMessageKey("Postings.RequiredHoursTooMany")
            .PrecisionScale(6, 2, ignoreTrailingZeros: true).WithMessageKey("Postings.RequiredHoursDecimals");
        RuleFor(x => x.RequiredBadgeIds)
            .Must(ids => ids is null || ids.Count <= 5).WithMessageKey("Postings.BadgesTooMany")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessageKey("Postings.BadgeTwice")
            .MustAsync(async (ids, ct) =>
            {
                if (ids is null || ids.Count == 0)
                {
                    return true;
                }

                var distinct = ids.Distinct().ToList();
                return await db.BadgeClasses.CountAsync(b => distinct.Contains(b.Id) && b.RecipientType == BadgeRecipientType.Student, ct) == distinct.Count;
            }).WithMessageKey("Postings.BadgeUnknown");
        RuleFor(x => x.SupervisorId)
            .MustAsync((id, ct) => db.Supervisors.AnyAsync(s => s.Id == id && s.IsActive, ct))
            .When(x => x.SupervisorId is not null)
            .WithMessageKey("Postings.SupervisorUnknown");
    }
}
