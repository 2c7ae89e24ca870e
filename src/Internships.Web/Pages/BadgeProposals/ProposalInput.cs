using Internships.Application.Features.BadgeProposals;

namespace Internships.Web.Pages.BadgeProposals;

/// <summary>A proposal's fields as the form posts them: the tasks one a line.</summary>
public sealed class ProposalInput
{
    public long? Version { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Criteria { get; set; }
    public string? Tasks { get; set; }
    public string? Skill { get; set; }
    public string? Reason { get; set; }

    public IReadOnlyList<string> TaskList => (Tasks ?? "").Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0).ToList();

    public static ProposalInput Of(BadgeProposalDto p) => new()
    {
        Version = p.Version, Name = p.Name, Description = p.Description, Criteria = p.Criteria, Tasks = string.Join('\n', p.Tasks), Skill = p.Skill,
    };

    /// <summary>The use case names each task by its place (Tasks[2]); the form has one box for them.</summary>
    public static void PlaceErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state) => state.MoveList("Input.Tasks", "Input.Tasks");
}
