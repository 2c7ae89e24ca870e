using Internships.Application.Features.Guidance;

namespace Internships.Web.Pages.Shared;

/// <summary>What the interest-profile partial shows, and whether the viewer (a coordinator) may enrol from it.</summary>
public sealed record InterestProfileView(InterestProfileDto Profile, bool CanEnrol);
