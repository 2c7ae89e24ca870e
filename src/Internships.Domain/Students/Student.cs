namespace Internships.Domain.Students;

/// <summary>A student of the district. Everything about a student is an education record.</summary>
public sealed class Student : Entity, IConcurrencyVersioned
{
    /// <summary>Bumped on every saved change: the API's ETag and the edit form's hidden field (optimistic concurrency).</summary>
    public long Version { get; private set; }

    public const int AdultAge = 18;

    public const int MaxContacts = 6;

    private readonly List<PathwayEnrolment> _enrolments = [];

    private readonly List<StudentContact> _contacts = [];

    private Student() { }

    public Student(string sisId, string firstName, string lastName, string email, int grade, DateOnly dateOfBirth, int schoolId)
    {
        SisId = sisId.Trim();
        IsActive = true;
        Update(firstName, lastName, email, grade, dateOfBirth, schoolId, isActive: true);
    }

    /// <summary>The student's id in the district's student information system.</summary>
    public string SisId { get; private set; } = "";

    /// <summary>The OneRoster <c>sourcedId</c> of the student's record in the SIS, once a roster import has linked them.</summary>
    public string? SourcedId { get; private set; }

    /// <summary>The SIS's <c>dateLastModified</c> of the record last imported: an older delta row changes nothing.</summary>
    public DateTime? RosterModifiedAt { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public int Grade { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public int SchoolId { get; private set; }

    /// <summary>
    /// Enrolled in the district; an inactive student keeps their records but cannot apply, and their account is disabled
    /// (<see cref="StudentDeactivated"/>).
    /// </summary>
    public bool IsActive { get; private set; }

    public IReadOnlyCollection<PathwayEnrolment> Enrolments => _enrolments;

    /// <summary>Parents, guardians and emergency contacts.</summary>
    public IReadOnlyCollection<StudentContact> Contacts => _contacts;

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>
    /// An opaque address the student's future badges are made out to instead of their e-mail address, when they want no
    /// award confirmable by someone who guesses their address (Open Badges publishes the recipient as a salted hash).
    /// </summary>
    public string? BadgeRecipientAlias { get; private set; }

    /// <summary>Makes future badges out to a new opaque address on <paramref name="districtDomain"/>, or back to the e-mail address.</summary>
    public void UseOpaqueBadgeRecipient(bool opaque, string districtDomain) =>
        BadgeRecipientAlias = opaque
            ? BadgeRecipientAlias ?? $"recipient-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12))}@{districtDomain}"
            : null;

    public void Update(string firstName, string lastName, string email, int grade, DateOnly dateOfBirth, int schoolId, bool isActive)
    {
        if (grade is < Grades.Lowest or > Grades.Highest)
        {
            throw new DomainRuleException(RuleKeys.Students.GradeRange, $"Grade must be between {Grades.Lowest} and {Grades.Highest}.", Grades.Lowest, Grades.Highest);
        }

        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = email.Trim();
        Grade = grade;
        DateOfBirth = dateOfBirth;
        SchoolId = schoolId;
        if (IsActive != isActive)
        {
            IsActive = isActive;
            Raise(isActive ? new StudentReactivated(this) : new StudentDeactivated(this));
        }
    }

    /// <summary>Links the record to the SIS's (a roster import), and notes when the SIS last changed it.</summary>
    public void LinkToRoster(string sourcedId, DateTime? modifiedAt)
    {
        SourcedId = sourcedId;
        RosterModifiedAt = modifiedAt;
    }

    /// <summary>The SIS gave the student another id (the state's, say): the roster is the source of truth.</summary>
    public void ChangeSisId(string sisId) => SisId = sisId.Trim();

    /// <summary>Whole years on <paramref name="date"/> (see <see cref="Age.On"/>).</summary>
    public int AgeOn(DateOnly date) => Age.On(DateOfBirth, date);

    public bool IsMinorOn(DateOnly date) => AgeOn(date) < AdultAge;

    public IEnumerable<int> ActivePathwayIds => _enrolments.Where(e => e.IsActive).Select(e => e.PathwayId);

    /// <summary>Enrols the student in a pathway, or re-activates an enrolment that had ended.</summary>
    public PathwayEnrolment Enrol(int pathwayId, DateOnly enrolledOn)
    {
        var existing = _enrolments.FirstOrDefault(e => e.PathwayId == pathwayId);
        if (existing is null)
        {
            var enrolment = new PathwayEnrolment(Id, pathwayId, enrolledOn);
            _enrolments.Add(enrolment);
            return enrolment;
        }

        if (existing.IsActive)
        {
            throw new DomainRuleException(RuleKeys.Students.AlreadyEnrolled, "The student is already enrolled in this pathway.");
        }

        existing.Reactivate(enrolledOn);
        return existing;
    }

    /// <summary>The statewide student identifier (California: the CALPADS SSID, ten digits), distinct from the SIS id; null until known.</summary>
    public string? Ssid { get; private set; }

    public void SetStatewideId(string? ssid)
    {
        var value = string.IsNullOrWhiteSpace(ssid) ? null : ssid.Trim();
        if (value is not null && !StateReporting.StateCodes.IsSsid(value))
        {
            throw new DomainRuleException(RuleKeys.Students.SsidDigits, "A statewide student id (SSID) is ten digits.");
        }

        Ssid = value;
    }

    public void EndEnrolment(int pathwayId, DateOnly endedOn)
    {
        var enrolment = _enrolments.FirstOrDefault(e => e.PathwayId == pathwayId && e.IsActive)
            ?? throw new DomainRuleException(RuleKeys.Students.NotEnrolled, "The student is not enrolled in this pathway.");
        enrolment.End(endedOn);
    }

    public StudentContact AddContact(StudentContactDetails details)
    {
        if (_contacts.Count >= MaxContacts)
        {
            throw new DomainRuleException(RuleKeys.Students.TooManyContacts, $"A student has at most {MaxContacts} contacts; remove one first.", MaxContacts);
        }

        var contact = new StudentContact(Id, details);
        _contacts.Add(contact);
        return contact;
    }

    public StudentContact UpdateContact(int contactId, StudentContactDetails details)
    {
        var contact = FindContact(contactId);
        contact.Update(details);
        return contact;
    }

    public StudentContact RemoveContact(int contactId)
    {
        var contact = FindContact(contactId);
        _contacts.Remove(contact);
        return contact;
    }

    /// <summary>Marks the student no longer enrolled in the district (or enrolled again); their records stay.</summary>
    public void SetActive(bool isActive) => IsActive = isActive;

    private StudentContact FindContact(int contactId) =>
        _contacts.FirstOrDefault(c => c.Id == contactId) ?? throw new DomainRuleException(RuleKeys.Students.NoSuchContact, "The student has no such contact.");
}
