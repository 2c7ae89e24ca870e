using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Localization;
using Internships.Application.Features.Guidance;
using Internships.Application.Features.Pathways;
using Internships.Application.Features.Students;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Students;

/// <summary>
/// A student's whole record: details, guardians and emergency contacts (add, remove), pathway enrolments (enrol, end),
/// placements with their hours, evaluations, badges and applications; deactivate or reactivate the student.
/// </summary>
public sealed class DetailsModel(ISender sender, IClock clock, IStringLocalizer<RecordsText> text) : AppPageModel
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
        return Done(text["Record.EnrolledIn", $"{student.FirstName} {student.LastName}", pathway ?? ""], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(int pathwayId, bool confirmed, CancellationToken ct)
    {
        var student = await sender.Send(new GetStudentQuery(Id), ct);
        var pathway = student.Enrolments.FirstOrDefault(e => e.PathwayId == pathwayId)?.PathwayName ?? text["Record.ThePathway"];
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Record.EndQuestion", $"{student.FirstName} {student.LastName}", pathway],
                text["Record.EndConsequences", student.FirstName],
                text["Record.EndConfirm"]), ct) is { } ask)
        {
            return ask;
        }

        await sender.Send(new EndEnrolmentCommand(Id, pathwayId), ct);
        return Done(text["Record.Ended", pathway], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostAddContactAsync(CancellationToken ct)
    {
        var student = await sender.Send(Contact.To<AddStudentContactCommand>() with { StudentId = Id }, ct);
        return Done(text["Record.ContactAdded", Contact.Name?.Trim() ?? "", student.FirstName], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(int contactId, bool confirmed, CancellationToken ct)
    {
        var student = await sender.Send(new GetStudentQuery(Id), ct);
        var name = student.Contacts.FirstOrDefault(c => c.Id == contactId)?.Name ?? text["Record.TheContact"];
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Record.RemoveQuestion", name, $"{student.FirstName} {student.LastName}"],
                text["Record.RemoveConsequences", name, student.FirstName],
                text["Record.RemoveConfirm", name]), ct) is { } ask)
        {
            return ask;
        }

        await sender.Send(new RemoveStudentContactCommand(Id, contactId), ct);
        return Done(text["Record.ContactRemoved", name], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostStatusAsync(bool isActive, bool confirmed, CancellationToken ct)
    {
        if (!isActive)
        {
            var enrolled = await sender.Send(new GetStudentQuery(Id), ct);
            var name = $"{enrolled.FirstName} {enrolled.LastName}";
            if (await AskFirstAsync(confirmed, new Confirmation(
                    text["Record.DeactivateQuestion", name],
                    text["Record.DeactivateConsequences", name],
                    text["Record.DeactivateConfirm", name]), ct) is { } ask)
            {
                return ask;
            }
        }

        var student = await sender.Send(new SetStudentStatusCommand(isActive) { StudentId = Id }, ct);
        return Done(student.IsActive
            ? text["Record.ReEnrolled", $"{student.FirstName} {student.LastName}"]
            : text["Record.MarkedNotEnrolled", $"{student.FirstName} {student.LastName}"], null, new { id = Id });
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
