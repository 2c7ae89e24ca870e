using FluentValidation;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Internships.Domain.Postings;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Postings;

/// <summary>What an employer writes about a position, shared by creating and editing a posting.</summary>
public interface IPostingFields
{
    string Title { get; }

    string Description { get; }

    IReadOnlyList<int>? PathwayIds { get; }

    decimal HourlyWage { get; }

    decimal HoursPerWeek { get; }

    DateOnly StartDate { get; }

    DateOnly EndDate { get; }

    int Slots { get; }

    string? Location { get; }

    bool IsRemote { get; }

    DateOnly ApplicationDeadline { get; }

    /// <summary>Grades that may apply; both junior and senior years when left out.</summary>
    IReadOnlyList<int>? EligibleGrades { get; }

    int? MinimumAge { get; }

    int? SupervisorId { get; }

    /// <summary>Approved hours needed to complete a placement; the weekly hours over the whole weeks when left out.</summary>
    decimal? RequiredHours { get; }

    /// <summary>Badges a student must hold to apply: rungs of a ladder.</summary>
    IReadOnlyList<int>? RequiredBadgeIds { get; }
}

internal static class PostingFieldsExtensions
{
    public static PostingDetails ToDetails(this IPostingFields f) => new(
        f.Title, f.Description, f.PathwayIds ?? [], f.HourlyWage, f.HoursPerWeek, f.StartDate, f.EndDate, f.Slots,
        f.Location, f.IsRemote, f.ApplicationDeadline, f.EligibleGrades is { Count: > 0 } grades ? grades : Grades.Internship,
        f.MinimumAge, f.SupervisorId, f.RequiredHours, f.RequiredBadgeIds ?? []);
}

internal sealed class PostingFieldsValidator : AbstractValidator<IPostingFields>
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
