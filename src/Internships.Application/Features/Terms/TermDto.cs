namespace Internships.Application.Features.Terms;

public sealed record TermDto(int Id, string Name, DateOnly StartDate, DateOnly EndDate);
