namespace Internships.Domain.Employers;

/// <summary>A person at an employer who oversees interns, approves their hours and evaluates them.</summary>
public sealed class Supervisor : Entity, IConcurrencyVersioned
{
    /// <summary>Bumped on every saved change: the API's ETag and the edit form's hidden field (optimistic concurrency).</summary>
    public long Version { get; private set; }

    private Supervisor() { }

    public Supervisor(int employerId, string firstName, string lastName, string email, string? jobTitle, string? phone)
    {
        EmployerId = employerId;
        IsActive = true;
        Update(firstName, lastName, email, jobTitle, phone, isActive: true);
    }

    public int EmployerId { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string? JobTitle { get; private set; }

    public string? Phone { get; private set; }

    /// <summary>Still at the employer; an inactive supervisor's account is disabled (<see cref="SupervisorDeactivated"/>).</summary>
    public bool IsActive { get; private set; }

    public string FullName => $"{FirstName} {LastName}";

    public void Update(string firstName, string lastName, string email, string? jobTitle, string? phone, bool isActive)
    {
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = email.Trim();
        JobTitle = string.IsNullOrWhiteSpace(jobTitle) ? null : jobTitle.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (IsActive != isActive)
        {
            IsActive = isActive;
            Raise(isActive ? new SupervisorReactivated(this) : new SupervisorDeactivated(this));
        }
    }
}
