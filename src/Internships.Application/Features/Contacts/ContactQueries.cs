using Internships.Domain.Contacts;
using Internships.Domain.Terms;

namespace Internships.Application.Features.Contacts;

/// <summary>Which contacts to list by their follow-up: any, those with one still to do, those with one done.</summary>
public enum FollowUpFilter
{
    Any,
    Open,
    Done,
}

/// <summary>The contact log's filter and shape, shared by its list, its follow-ups and its export.</summary>
public static class ContactQueries
{
    public static IQueryable<ContactLogEntry> Filter(this IQueryable<ContactLogEntry> contacts, int? placementId, int? studentId, int? employerId,
        ContactKind? kind, DateOnly? from, DateOnly? to, Term? term, FollowUpFilter followUp)
    {
        if (placementId is { } p)
        {
            contacts = contacts.Where(c => c.PlacementId == p);
        }

        if (studentId is { } s)
        {
            contacts = contacts.Where(c => c.StudentId == s);
        }

        if (employerId is { } e)
        {
            contacts = contacts.Where(c => c.EmployerId == e);
        }

        if (kind is { } k)
        {
            contacts = contacts.Where(c => c.Kind == k);
        }

        if (term is not null)
        {
            contacts = contacts.Where(c => c.OccurredOn >= term.StartDate && c.OccurredOn <= term.EndDate);
        }

        if (from is { } f)
        {
            contacts = contacts.Where(c => c.OccurredOn >= f);
        }

        if (to is { } t)
        {
            contacts = contacts.Where(c => c.OccurredOn <= t);
        }

        return followUp switch
        {
            FollowUpFilter.Open => contacts.Where(c => c.FollowUp != null && c.FollowUpDoneOn == null),
            FollowUpFilter.Done => contacts.Where(c => c.FollowUpDoneOn != null),
            _ => contacts,
        };
    }

    /// <summary>Follow-ups still to do that fall due by <paramref name="dueBy"/>, overdue ones included.</summary>
    public static IQueryable<ContactLogEntry> FollowUpsDueBy(this IQueryable<ContactLogEntry> contacts, DateOnly dueBy) =>
        contacts.Where(c => c.FollowUp != null && c.FollowUpDoneOn == null && c.FollowUpDueOn <= dueBy);

    /// <summary>The log's rows with the names they are about; <paramref name="today"/> (the district's) decides what is overdue.</summary>
    public static IQueryable<ContactDto> SelectDto(this IQueryable<ContactLogEntry> contacts, IAppDbContext db, DateOnly today) =>
        contacts.Select(c => new ContactDto(
            c.Id, c.PlacementId, c.StudentId,
            db.Students.Where(s => s.Id == c.StudentId).Select(s => s.FirstName + " " + s.LastName).First(),
            c.EmployerId,
            db.Employers.Where(e => e.Id == c.EmployerId).Select(e => e.Name).FirstOrDefault(),
            c.OccurredOn, c.Kind, Split(c.Parties), c.People, c.Notes, c.FollowUp, c.FollowUpDueOn, c.FollowUpDoneOn,
            c.FollowUp != null && c.FollowUpDoneOn == null && c.FollowUpDueOn < today,
            c.RecordedBy, c.RecordedAt));

    public static async Task<ContactDto> ReadContactAsync(this IAppDbContext db, int id, DateOnly today, CancellationToken cancellationToken) =>
        await db.ContactLog.AsNoTracking().Where(c => c.Id == id).SelectDto(db, today).FirstOrDefaultAsync(cancellationToken)
        ?? throw Common.Exceptions.NotFoundException.For("Contact", id);

    /// <summary>Each party named in a set of them.</summary>
    public static IReadOnlyList<ContactParties> Split(ContactParties parties) =>
        Enum.GetValues<ContactParties>().Where(p => p != ContactParties.None && parties.HasFlag(p)).ToList();

    public static ContactParties Combine(IEnumerable<ContactParties>? parties) =>
        (parties ?? []).Aggregate(ContactParties.None, (all, p) => all | p);
}
