using Internships.Application.Features.Students;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Students;

/// <summary>Corrects one of a student's contacts: phone, e-mail, preferred language, whether they are the emergency contact.</summary>
public sealed class ContactModel(ISender sender, IStringLocalizer<RecordsText> text) : AppPageModel
{
    [BindProperty] public ContactInput Input { get; set; } = new();

    public int StudentId { get; private set; }

    public string StudentName { get; private set; } = "";

    public string ContactName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int contactId, CancellationToken ct)
    {
        if (await LoadAsync(id, contactId, ct) is not { } contact)
        {
            return NotFound();
        }

        Input = ContactInput.From(contact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int contactId, CancellationToken ct)
    {
        StudentId = id;
        var student = await sender.Send(Input.To<UpdateStudentContactCommand>() with { StudentId = id, ContactId = contactId }, ct);
        return Done(text["Contact.Saved", Input.Name?.Trim() ?? "", $"{student.FirstName} {student.LastName}"], "/Coordinator/Students/Details", new { id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) =>
        LoadAsync(StudentId, int.Parse((string)RouteData.Values["contactId"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task<StudentContactDto?> LoadAsync(int id, int contactId, CancellationToken ct)
    {
        StudentId = id;
        var student = await sender.Send(new GetStudentQuery(id), ct);
        StudentName = $"{student.FirstName} {student.LastName}";
        var contact = student.Contacts.FirstOrDefault(c => c.Id == contactId);
        ContactName = contact?.Name ?? "";
        return contact;
    }
}
