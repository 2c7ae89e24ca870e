using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Localization;
using Internships.Application.Features.Guidance;
using Internships.Application.Features.Pathways;
using Internships.Application.Features.Students;

namespace Internships.Web.Pages.Coordinator.Students;

/// <summary>
/// A student's whole record: details, guardians and emergency contacts (add, remove), pathway enrolments (enrol, end),
/// placements with their hours, evaluations, badges and applications; deactivate or reactivate the student.
/// </summary>
public sealed class DetailsModel(ISender sender, IClock clock) : AppPageModel
{
    public StudentRecordDto Record { get; private set; } = null!;

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    /// <summary>The student's latest interest profile and suggested pathways; null until they take the questionnaire.</summary>
    public InterestProfileDto? Interests { get; private set; }

    [BindProperty] public EnrolInput Input { get; set; } = new();

    [BindProperty] public ContactInput Contact { get; set; } = new();

    public bool IsMinor => Internships.Domain.Students.Age.On(Record.Student.DateOfBirth, clock.Today) < Internships.Domain.Students.Student.AdultAge;

    /// <summary>The add-contact form's fields are under "Contact"; the enrolment form's under "Input".</summary>
    public override string InputPrefix => Request.Query["handler"] == "AddContact" ? "Contact" : "Input";

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostEnrolAsync(CancellationToken ct)
    {
        var student = await sender.Send(new EnrolStudentCommand(Input.PathwayId ?? 0, Input.EnrolledOn) { StudentId = Id }, ct);
        var pathway = student.Enrolments.LastOrDefault(e => e.PathwayId == Input.PathwayId)?.PathwayName;
        return Done($"{student.FirstName} {student.LastName} is enrolled in {pathway}.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(int pathwayId, bool confirmed, CancellationToken ct)
    {
        var student = await sender.Send(new GetStudentQuery(Id), ct);
        var pathway = student.Enrolments.FirstOrDefault(e => e.PathwayId == pathwayId)?.PathwayName ?? "the pathway";
        if (await AskFirstAsync(confirmed, new Confirmation(
                $"End {student.FirstName} {student.LastName}'s enrolment in {pathway}?",
                $"The enrolment ends today. It stays on {student.FirstName}'s record; postings of this pathway are no longer open to them " +
                "unless you enrol them again.",
                "Yes, end the enrolment"), ct) is { } ask)
        {
            return ask;
        }

        await sender.Send(new EndEnrolmentCommand(Id, pathwayId), ct);
        return Done($"The enrolment in {pathway} is ended; it stays on the student's record.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostAddContactAsync(CancellationToken ct)
    {
        var student = await sender.Send(Contact.To<AddStudentContactCommand>() with { StudentId = Id }, ct);
        return Done($"{Contact.Name?.Trim()} is one of {student.FirstName}'s contacts now.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(int contactId, bool confirmed, CancellationToken ct)
    {
        var student = await sender.Send(new GetStudentQuery(Id), ct);
        var name = student.Contacts.FirstOrDefault(c => c.Id == contactId)?.Name ?? "The contact";
        if (await AskFirstAsync(confirmed, new Confirmation(
                $"Remove {name} from {student.FirstName} {student.LastName}'s contacts?",
                $"{name}, with their phone, e-mail and language, is removed from {student.FirstName}'s record; to have them back, you would add them again.",
                $"Yes, remove {name}"), ct) is { } ask)
        {
            return ask;
        }

        await sender.Send(new RemoveStudentContactCommand(Id, contactId), ct);
        return Done($"{name} is removed from the student's contacts.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostStatusAsync(bool isActive, bool confirmed, CancellationToken ct)
    {
        if (!isActive)
        {
            var enrolled = await sender.Send(new GetStudentQuery(Id), ct);
            var name = $"{enrolled.FirstName} {enrolled.LastName}";
            if (await AskFirstAsync(confirmed, new Confirmation(
                    $"Deactivate {name}?",
                    $"{name} will be marked as no longer enrolled in the district: they can no longer apply to postings or take part in " +
                    "matching rounds, and their account is disabled at once (its sessions end). Their applications, placements, hours and " +
                    "badges stay on record, and you can reactivate them later, which brings their account back.",
                    $"Yes, deactivate {name}"), ct) is { } ask)
            {
                return ask;
            }
        }

        var student = await sender.Send(new SetStudentStatusCommand(isActive) { StudentId = Id }, ct);
        return Done(student.IsActive
            ? $"{student.FirstName} {student.LastName} is enrolled in the district again."
            : $"{student.FirstName} {student.LastName} is marked as no longer enrolled; their records stay.", null, new { id = Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Record = await sender.Send(new GetStudentRecordQuery(Id), ct);
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        try
        {
            Interests = await sender.Send(new GetStudentInterestProfileQuery(Id), ct);
        }
        catch (NotFoundException)
        {
            Interests = null;
        }
    }

    public sealed class EnrolInput
    {
        public int? PathwayId { get; set; }
        public DateOnly? EnrolledOn { get; set; }
    }
}

/// <summary>A student's contact as the add and edit forms post it.</summary>
public sealed class ContactInput
{
    public string? Name { get; set; }
    public string? Relationship { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PreferredLanguage { get; set; } = Languages.English;
    public bool IsEmergencyContact { get; set; }

    public static ContactInput From(StudentContactDto c) => new()
    {
        Name = c.Name, Relationship = c.Relationship, Phone = c.Phone, Email = c.Email, PreferredLanguage = c.PreferredLanguage,
        IsEmergencyContact = c.IsEmergencyContact,
    };

    public T To<T>() where T : StudentContactFields, new() => new()
    {
        Name = Name ?? "", Relationship = Relationship ?? "", Phone = Phone ?? "", Email = Email, PreferredLanguage = PreferredLanguage ?? "",
        IsEmergencyContact = IsEmergencyContact,
    };
}
