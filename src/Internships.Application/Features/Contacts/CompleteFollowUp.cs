namespace Internships.Application.Features.Contacts;

/// <summary>A coordinator marks a contact's follow-up done, today (the district's day).</summary>
[Authorize(Roles.Coordinator)]
public sealed record CompleteFollowUpCommand(int ContactId) : ICommand<ContactDto>;

public sealed class CompleteFollowUpHandler(IAppDbContext db, IClock clock) : ICommandHandler<CompleteFollowUpCommand, ContactDto>
{
    public async ValueTask<ContactDto> Handle(CompleteFollowUpCommand command, CancellationToken cancellationToken)
    {
        var contact = await db.ContactLog.FirstOrDefaultAsync(c => c.Id == command.ContactId, cancellationToken)
            ?? throw NotFoundException.For("Contact", command.ContactId);
        contact.CompleteFollowUp(clock.Today);
        // Saved here to read the contact back as the log shows it; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadContactAsync(contact.Id, clock.Today, cancellationToken);
    }
}
