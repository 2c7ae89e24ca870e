namespace Internships.Domain.Guidance;

/// <summary>
/// The six kinds of work interest of Holland's RIASEC model, in the model's own order (the order ties are broken in).
/// </summary>
public enum HollandType
{
    Realistic,
    Investigative,
    Artistic,
    Social,
    Enterprising,
    Conventional,
}
