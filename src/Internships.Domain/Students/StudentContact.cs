namespace Internships.Domain.Students;

/// <summary>
/// A parent, guardian or other adult the district may call about the student, in the language they prefer; most interns
/// are minors. An emergency contact is who a worksite calls first.
/// </summary>
public sealed class StudentContact : Entity
{
    private StudentContact() { }

    internal StudentContact(int studentId, StudentContactDetails details)
    {
        StudentId = studentId;
        Update(details);
    }

    public int StudentId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>How they are related to the student: mother, grandfather, guardian, aunt…</summary>
    public string Relationship { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string? Email { get; private set; }

    /// <summary>The language to speak or write to them in.</summary>
    public string PreferredLanguage { get; private set; } = "";

    public bool IsEmergencyContact { get; private set; }

    internal void Update(StudentContactDetails details)
    {
        Name = details.Name.Trim();
        Relationship = details.Relationship.Trim();
        Phone = details.Phone.Trim();
        Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        PreferredLanguage = details.PreferredLanguage.Trim();
        IsEmergencyContact = details.IsEmergencyContact;
    }
}

public sealed record StudentContactDetails(string Name, string Relationship, string Phone, string? Email, string PreferredLanguage, bool IsEmergencyContact);
