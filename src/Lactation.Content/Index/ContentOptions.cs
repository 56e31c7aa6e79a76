namespace Lactation.Content.Index;

/// <summary>Where the content lives and how the index follows it (section "Content").</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content root holding articles/ and topics/. Empty: the repository's content/ folder, found upwards from the app.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Watch the folder and re-index on change (the editor's loop).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>A full re-scan this often, as a safety net for file systems that drop change events.</summary>
    public int RescanSeconds { get; set; } = 10;
}
