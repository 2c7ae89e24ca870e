namespace Internships.Domain.Terms;

/// <summary>
/// A period of the school year as the district names it ("Fall 2026", "Summer bridge"): dashboards, reports and exports
/// filter by it, and a term summary is produced when one ends. Terms may overlap; their names are unique.
/// </summary>
public sealed class Term : Entity
{
    private Term() { }

    public Term(string name, DateOnly startDate, DateOnly endDate) => Update(name, startDate, endDate);

    public string Name { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    public void Update(string name, DateOnly startDate, DateOnly endDate)
    {
        if (endDate < startDate)
        {
            throw new DomainRuleException(RuleKeys.Terms.EndsBeforeStart, "A term ends on or after the day it starts.");
        }

        Name = name.Trim();
        StartDate = startDate;
        EndDate = endDate;
    }

    /// <summary>Whether something running from <paramref name="start"/> to <paramref name="end"/> falls partly in the term.</summary>
    public bool Overlaps(DateOnly start, DateOnly end) => start <= EndDate && end >= StartDate;
}
