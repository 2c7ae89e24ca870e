namespace Internships.Cli;

/// <summary>Where a value sits in the input, for messages: <c>postings[3].ranking[0]</c>. Built only when one is needed.</summary>
internal readonly record struct JsonPath(string Array, int Index, string? Property = null, int ElementIndex = -1)
{
    public static readonly JsonPath Root = new("", -1);

    public JsonPath Then(string property) => this with { Property = property };

    public JsonPath At(int elementIndex) => this with { ElementIndex = elementIndex };

    public override string ToString() =>
        Index < 0 ? "the input"
        : Property is null ? $"{Array}[{Index}]"
        : ElementIndex < 0 ? $"{Array}[{Index}].{Property}"
        : $"{Array}[{Index}].{Property}[{ElementIndex}]";
}
