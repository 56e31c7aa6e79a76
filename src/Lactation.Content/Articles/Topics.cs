namespace Lactation.Content.Articles;

/// <summary>The fixed set of topics an article can belong to; the intros live in content/topics.</summary>
public static class Topics
{
    public static readonly IReadOnlyList<string> All =
        ["mastitis", "let-down", "leakage", "hand-expression", "pumping", "exercise"];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);

    /// <summary>A readable name for a topic id, used when a topic has no intro file yet.</summary>
    public static string DefaultName(string id) => id switch
    {
        "let-down" => "Let-down",
        "hand-expression" => "Hand expression",
        _ => char.ToUpperInvariant(id[0]) + id[1..],
    };
}
