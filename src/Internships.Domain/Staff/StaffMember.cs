namespace Internships.Domain.Staff;

/// <summary>
/// A member of the district's staff whom the roster import brought in for a role in the programme (a teacher or an
/// administrator mapped as a coordinator). The record is the person, not a sign-in: the import never creates an account
/// or a password. An invitation (or a district single sign-on with the same e-mail) gives the person their account in
/// <see cref="Role"/>; a staff member deactivated by the roster should lose it.
/// </summary>
public sealed class StaffMember : Entity
{
    private StaffMember() { }

    public StaffMember(string sourcedId, string firstName, string lastName, string email, string sisRole, string role, DateTime? modifiedAt)
    {
        SourcedId = sourcedId;
        Update(firstName, lastName, email, sisRole, role, isActive: true, modifiedAt);
    }

    /// <summary>The OneRoster <c>sourcedId</c> of the person in the SIS.</summary>
    public string SourcedId { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    /// <summary>Where an invitation goes, and what a single sign-on is matched on.</summary>
    public string Email { get; private set; } = "";

    /// <summary>Their role in the SIS (OneRoster's <c>teacher</c>, <c>administrator</c>, <c>principal</c>…).</summary>
    public string SisRole { get; private set; } = "";

    /// <summary>The programme role they are to hold (an account role name, e.g. Coordinator).</summary>
    public string Role { get; private set; } = "";

    /// <summary>Still on the roster and still mapped to the role.</summary>
    public bool IsActive { get; private set; }

    /// <summary>The SIS's <c>dateLastModified</c> of the record last imported.</summary>
    public DateTime? RosterModifiedAt { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void Update(string firstName, string lastName, string email, string sisRole, string role, bool isActive, DateTime? modifiedAt)
    {
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = email.Trim();
        SisRole = sisRole.Trim();
        Role = role;
        IsActive = isActive;
        RosterModifiedAt = modifiedAt;
    }
}
