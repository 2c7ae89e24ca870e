using Internships.Domain.Contacts;

namespace Internships.Application.Features.Contacts;

/// <summary>
/// A coordinator records a visit to a worksite or a contact with a student, supervisor or guardian: about a placement
/// (whose student and employer it is then about) or about a student alone; with a follow-up due on a day, if any.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RecordContactCommand(
    DateOnly OccurredOn,
    ContactKind Kind,
    string Notes,
    int? PlacementId = null,
    int? StudentId = null,
    IReadOnlyList<ContactParties>? With = null,
    string? People = null,
    string? FollowUp = null,
    DateOnly? FollowUpDueOn = null) : ICommand<ContactDto>;

public sealed class RecordContactValidator : AbstractValidator<RecordContactCommand>
{
    public RecordContactValidator(IClock clock)
    {
        RuleFor(x => x.OccurredOn).NotEqual(default(DateOnly)).WithMessage("Enter the date of the visit or contact.")
            .LessThanOrEqualTo(_ => clock.Today).WithMessage("The date cannot be in the future: record a contact once it has happened.");
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Choose the kind of contact.");
        RuleFor(x => x.Notes).NotEmpty().WithMessage("Enter the notes: what was seen or said.")
            .MaximumLength(ContactLogEntry.MaxNotesLength).WithMessage("The notes are at most 4,000 characters.");
        RuleFor(x => x.StudentId).NotNull().When(x => x.PlacementId is null).WithName("Student")
            .WithMessage("Say which placement or which student the contact was about.");
        RuleFor(x => x.People).MaximumLength(300).WithMessage("The names are at most 300 characters.");
        RuleForEach(x => x.With).Must(p => p != ContactParties.None && Enum.IsDefined(p)).WithName("With").WithMessage("Choose who the contact was with from the boxes offered.");
        RuleFor(x => x.FollowUp).MaximumLength(500).WithMessage("The follow-up is at most 500 characters.");
        RuleFor(x => x.FollowUpDueOn).NotNull().When(x => !string.IsNullOrWhiteSpace(x.FollowUp)).WithName("Follow-up due")
            .WithMessage("Enter the day the follow-up is due.");
        RuleFor(x => x.FollowUp).NotEmpty().When(x => x.FollowUpDueOn is not null).WithName("Follow-up")
            .WithMessage("Say what the follow-up is, or leave its due date empty.");
        RuleFor(x => x.FollowUpDueOn).GreaterThanOrEqualTo(x => x.OccurredOn).When(x => x.FollowUpDueOn is not null && x.OccurredOn != default)
            .WithMessage("The follow-up cannot be due before the contact.");
    }
}

public sealed class RecordContactHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<RecordContactCommand, ContactDto>
{
    public async ValueTask<ContactDto> Handle(RecordContactCommand command, CancellationToken cancellationToken)
    {
        int studentId;
        int? employerId = null;
        if (command.PlacementId is { } placementId)
        {
            var placement = await db.Placements.AsNoTracking().Where(p => p.Id == placementId)
                .Select(p => new { p.StudentId, p.EmployerId }).FirstOrDefaultAsync(cancellationToken)
                ?? throw NotFoundException.For("Placement", placementId);
            if (command.StudentId is { } named && named != placement.StudentId)
            {
                throw new Domain.Common.DomainRuleException(Domain.Common.RuleKeys.Contacts.NotTheIntern, "The student named is not the placement's intern.");
            }

            (studentId, employerId) = (placement.StudentId, placement.EmployerId);
        }
        else
        {
            studentId = command.StudentId!.Value;
            if (!await db.Students.AnyAsync(s => s.Id == studentId, cancellationToken))
            {
                throw NotFoundException.For("Student", studentId);
            }
        }

        var contact = new ContactLogEntry(command.PlacementId, studentId, employerId, command.OccurredOn, command.Kind,
            ContactQueries.Combine(command.With), command.People, command.Notes, command.FollowUp, command.FollowUpDueOn,
            user.UserName ?? "unknown", user.UserId, clock.UtcNow);
        db.ContactLog.Add(contact);
        // Saved here for the new id, and to read the contact back as the log shows it; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadContactAsync(contact.Id, clock.Today, cancellationToken);
    }
}
