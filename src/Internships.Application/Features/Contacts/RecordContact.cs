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
        RuleFor(x => x.OccurredOn).NotEqual(default(DateOnly)).WithMessageKey("ContactLog.DateRequired")
            .LessThanOrEqualTo(_ => clock.Today).WithMessageKey("ContactLog.DateInFuture");
        RuleFor(x => x.Kind).IsInEnum().WithMessageKey("ContactLog.KindRequired");
        RuleFor(x => x.Notes).NotEmpty().WithMessageKey("ContactLog.NotesRequired")
            .MaximumLength(ContactLogEntry.MaxNotesLength).WithMessageKey("ContactLog.NotesTooLong");
        RuleFor(x => x.StudentId).NotNull().When(x => x.PlacementId is null).WithName("Student")
            .WithMessageKey("ContactLog.AboutRequired");
        RuleFor(x => x.People).MaximumLength(300).WithMessageKey("ContactLog.PeopleTooLong");
        RuleForEach(x => x.With).Must(p => p != ContactParties.None && Enum.IsDefined(p)).WithName("With").WithMessageKey("ContactLog.WithUnknown");
        RuleFor(x => x.FollowUp).MaximumLength(500).WithMessageKey("ContactLog.FollowUpTooLong");
        RuleFor(x => x.FollowUpDueOn).NotNull().When(x => !string.IsNullOrWhiteSpace(x.FollowUp)).WithName("Follow-up due")
            .WithMessageKey("ContactLog.FollowUpDueRequired");
        RuleFor(x => x.FollowUp).NotEmpty().When(x => x.FollowUpDueOn is not null).WithName("Follow-up")
            .WithMessageKey("ContactLog.FollowUpRequired");
        RuleFor(x => x.FollowUpDueOn).GreaterThanOrEqualTo(x => x.OccurredOn).When(x => x.FollowUpDueOn is not null && x.OccurredOn != default)
            .WithMessageKey("ContactLog.FollowUpBeforeContact");
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
