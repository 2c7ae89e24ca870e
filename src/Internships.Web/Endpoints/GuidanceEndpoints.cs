using Internships.Application.Features.Guidance;

namespace Internships.Web.Endpoints;

/// <summary>Pathway guidance: the interest questionnaire, a student's profile and suggestions, and interest by pathway.</summary>
public static class GuidanceEndpoints
{
    public static IEndpointRouteBuilder MapGuidanceEndpoints(this IEndpointRouteBuilder app)
    {
        var guidance = app.MapApiGroup("/api/guidance", "Guidance");
        guidance.MapGet("/questionnaire", (ISender sender, CancellationToken ct) => sender.Send(new GetInterestQuestionnaireQuery(), ct))
            .WithName("GetInterestQuestionnaire").WithSummary("The interest questionnaire's statements, in order, and its answer scale.")
            .ProducesProblems(403);

        var mine = app.MapApiGroup("/api/me/interest-profile", "Guidance");
        mine.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new GetMyInterestProfileQuery(), ct))
            .WithName("GetMyInterestProfile").WithSummary("The signed-in student's latest interest profile and suggested pathways.")
            .ProducesProblems(403, 404);
        mine.MapPut("/", (SubmitInterestProfileCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("SubmitInterestProfile")
            .WithSummary("Answer the interest questionnaire (all statements, in order, each 1 to 3); replaces earlier answers.")
            .ProducesProblems(400, 403);

        app.MapApiGroup("/api/students", "Guidance")
            .MapGet("/{id:int}/interest-profile", (int id, ISender sender, CancellationToken ct) =>
                sender.Send(new GetStudentInterestProfileQuery(id), ct))
            .WithName("GetStudentInterestProfile")
            .WithSummary("A student's latest interest profile and suggested pathways: coordinators and the student themself.")
            .ProducesProblems(403, 404);

        app.MapApiGroup("/api/dashboard", "Guidance")
            .MapGet("/pathway-interest", ([AsParameters] GetPathwayInterestQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("GetPathwayInterest")
            .WithSummary("Students whose best suggested pathway is each pathway, and who were shown it, for planning postings (coordinators).")
            .ProducesProblems(400, 403);
        return app;
    }
}
