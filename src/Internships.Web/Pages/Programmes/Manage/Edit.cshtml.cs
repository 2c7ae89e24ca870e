using System.Text.RegularExpressions;
using Internships.Application.Features.Badges;
using Internships.Application.Features.Programmes;
using Internships.Application.Features.Users;
using Internships.Domain.Badges;
using Internships.Domain.Programmes;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Programmes.Manage;

/// <summary>
/// The programme editor (coordinators), at /programmes/manage/new and /programmes/manage/{id}: name, description, the
/// badge for adults it earns, PD hours target, fee, and the requirements in order as rows that are added, removed and
/// moved by posting the form back (no script needed). A saved programme's page lists its cohorts and opens a new one.
/// </summary>
public sealed partial class EditModel(ISender sender, Application.Common.Interfaces.IClock clock, IStringLocalizer<ProgrammeText> text) : AppPageModel
{
    /// <summary>The empty rows a new programme starts with; rows left blank are not requirements.</summary>
    public const int StartingRows = 4;

    [BindProperty] public ProgrammeInput Input { get; set; } = new();

    [BindProperty] public CohortInput Cohort { get; set; } = new();

    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int CohortPage { get; set; } = 1;

    /// <summary>The programme being edited; null while adding one.</summary>
    public ProgrammeDto? Programme { get; private set; }

    /// <summary>The badges a programme may earn: active badges for adult participants.</summary>
    public IReadOnlyList<BadgeClassDto> Badges { get; private set; } = [];

    public PagedResult<CohortDto> Cohorts { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>Active accounts' e-mail addresses, offered as the cohort's trainer, coach and observer (any other may be typed).</summary>
    public IReadOnlyList<string> AccountEmails { get; private set; } = [];

    public override string InputPrefix => Request.Query["handler"] == "Cohort" ? "Cohort" : "Input";

    private int? Id => RouteData.Values.TryGetValue("id", out var id) && id is string s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>For each requirement sent, the form row it came from (blank rows are left out), so its messages show on that row.</summary>
    private List<int> sentRows = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = await LoadAsync(ct) is { } programme
            ? ProgrammeInput.From(programme)
            : new ProgrammeInput { Requirements = Enumerable.Range(0, StartingRows).Select(_ => new RequirementRow()).ToList() };
        Cohort = NewCohort();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var current = await LoadAsync(ct);
        var rows = Input.Requirements.Select((row, index) => (row, index)).Where(r => !r.row.IsBlank).ToList();
        sentRows = rows.Select(r => r.index).ToList();
        var requirements = rows.Select(r => r.row.ToInput()).ToList();
        var saved = current is null
            ? await sender.Send(new CreateProgrammeCommand(Input.Name ?? "", Input.Description ?? "", Input.BadgeClassId ?? 0, Input.PdHoursTarget, Input.FeeAmount,
                requirements), ct)
            : await sender.Send(new UpdateProgrammeCommand(Input.Name ?? "", Input.Description ?? "", Input.BadgeClassId ?? 0, Input.PdHoursTarget, Input.FeeAmount,
                requirements) { ProgrammeId = current.Id, ExpectedVersion = Input.Version }, ct);
        return DoneLocal(text[current is null ? "Editor.Created" : "Editor.Saved", saved.Name], $"/programmes/manage/{saved.Id}");
    }

    /// <summary>Adds a blank requirement row, or removes or moves one ("add", "remove-2", "up-2", "down-2"), and shows the form again: nothing is saved.</summary>
    public async Task<IActionResult> OnPostRowsAsync(string? row, CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        var rows = Input.Requirements;
        var parts = (row ?? "").Split('-');
        var at = parts.Length == 2 && int.TryParse(parts[1], out var i) && i >= 0 && i < rows.Count ? i : -1;
        switch (parts[0])
        {
            case "add" when rows.Count < Domain.Programmes.Programme.MaxRequirements:
                rows.Add(new RequirementRow());
                break;
            case "remove" when at >= 0:
                rows.RemoveAt(at);
                break;
            case "up" when at > 0:
                (rows[at - 1], rows[at]) = (rows[at], rows[at - 1]);
                break;
            case "down" when at >= 0 && at < rows.Count - 1:
                (rows[at + 1], rows[at]) = (rows[at], rows[at + 1]);
                break;
        }

        Cohort = NewCohort();
        return Page();
    }

    /// <summary>Opens a cohort of the programme; its trainer, coach and observer are named by e-mail address.</summary>
    public async Task<IActionResult> OnPostCohortAsync(CancellationToken ct)
    {
        var programme = await LoadAsync(ct);
        if (programme is null)
        {
            return NotFound();
        }

        if (Cohort.StartsOn is not { } startsOn || Cohort.EndsOn is not { } endsOn)
        {
            ModelState.AddModelError(Cohort.StartsOn is null ? "Cohort.StartsOn" : "Cohort.EndsOn", text["Cohorts.DateRequired"]);
            await OnFailedAsync(ct);
            return Page();
        }

        var cohort = await sender.Send(new CreateCohortCommand(Cohort.Name ?? "", startsOn, endsOn, Cohort.Capacity ?? 0, null, null, null)
        {
            ProgrammeId = programme.Id, TrainerEmail = Cohort.TrainerEmail, CoachEmail = Cohort.CoachEmail, ObserverEmail = Cohort.ObserverEmail,
        }, ct);
        return DoneLocal(text["Cohorts.Created", cohort.Name], $"/programmes/manage/{programme.Id}#cohorts");
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        var programme = await LoadAsync(cancellationToken);
        if (InputPrefix == "Cohort")
        {
            // The programme's own form was not posted: it shows the programme as saved.
            Input = programme is null ? new ProgrammeInput() : ProgrammeInput.From(programme);
            return;
        }

        MoveRowMessages();
    }

    /// <summary>"Input.Requirements[1].Criteria[0]" of the second requirement sent goes to the row it came from, and to its one criteria box.</summary>
    private void MoveRowMessages()
    {
        var moved = ModelState.Where(e => RowKey().IsMatch(e.Key))
            .Select(e => (e.Key, Messages: e.Value!.Errors.Select(x => x.ErrorMessage).ToList())).ToList();
        foreach (var (key, _) in moved)
        {
            ModelState.Remove(key);
        }

        foreach (var (key, messages) in moved)
        {
            var match = RowKey().Match(key);
            var sent = int.Parse(match.Groups["row"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var row = sent < sentRows.Count ? sentRows[sent] : sent;
            foreach (var message in messages)
            {
                ModelState.AddModelError($"Input.Requirements[{row}].{match.Groups["field"].Value}", message);
            }
        }
    }

    private CohortInput NewCohort() => new() { StartsOn = clock.Today, EndsOn = clock.Today.AddMonths(3), Capacity = 20 };

    /// <summary>What the form chooses from, the programme being edited (null when adding one) and its cohorts.</summary>
    private async Task<ProgrammeDto?> LoadAsync(CancellationToken ct)
    {
        Programme = Id is { } id ? await sender.Send(new GetProgrammeQuery(id), ct) : null;
        Badges = (await sender.Send(new ListBadgeClassesQuery(RecipientType: BadgeRecipientType.Person, PageSize: Paging.MaxPageSize), ct)).Items;
        if (Programme is not null)
        {
            Cohorts = await sender.Send(new ListCohortsQuery(Programme.Id, CohortPage), ct);
            AccountEmails = (await sender.Send(new ListUsersQuery(Status: Application.Common.Interfaces.AccountStatus.Active, PageSize: Paging.MaxPageSize), ct))
                .Items.Select(a => a.Email).ToList();
        }

        return Programme;
    }

    [GeneratedRegex(@"^Input\.Requirements\[(?<row>\d+)\]\.(?<field>[A-Za-z]+)")]
    private static partial Regex RowKey();

    public sealed class ProgrammeInput
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public int? BadgeClassId { get; set; }
        public decimal? PdHoursTarget { get; set; }
        public decimal? FeeAmount { get; set; }

        /// <summary>The version of the programme the form was opened on: a save over someone else's change since is refused.</summary>
        public long? Version { get; set; }

        public List<RequirementRow> Requirements { get; set; } = [];

        public static ProgrammeInput From(ProgrammeDto p) => new()
        {
            Name = p.Name, Description = p.Description, BadgeClassId = p.BadgeClassId, PdHoursTarget = p.PdHoursTarget, FeeAmount = p.FeeAmount, Version = p.Version,
            Requirements = p.Requirements.Select(r => new RequirementRow
            {
                Kind = r.Kind, Title = r.Title, PdHours = r.PdHours, SessionsRequired = r.SessionsRequired, Criteria = string.Join('\n', r.Criteria),
                PassingScore = r.PassingScore,
            }).ToList(),
        };
    }

    /// <summary>One requirement as the form has it: the coaching and observation fields count only for their kind.</summary>
    public sealed class RequirementRow
    {
        public RequirementKind Kind { get; set; }
        public string? Title { get; set; }
        public decimal? PdHours { get; set; }
        public int? SessionsRequired { get; set; }

        /// <summary>The rubric's criteria, one a line.</summary>
        public string? Criteria { get; set; }

        public int? PassingScore { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Title) && PdHours is null && SessionsRequired is null && string.IsNullOrWhiteSpace(Criteria)
            && PassingScore is null;

        public RequirementInput ToInput() => new(Kind, Title ?? "", PdHours ?? 0,
            Kind == RequirementKind.Coaching ? SessionsRequired : null,
            Kind == RequirementKind.Observation ? (Criteria ?? "").Split('\n').Select(c => c.Trim()).Where(c => c.Length > 0).ToList() : null,
            Kind == RequirementKind.Observation ? PassingScore : null);
    }

    public sealed class CohortInput
    {
        public string? Name { get; set; }
        public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
        public int? Capacity { get; set; }
        public string? TrainerEmail { get; set; }
        public string? CoachEmail { get; set; }
        public string? ObserverEmail { get; set; }
    }
}
