namespace Lactation.Content.Articles;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One thing wrong with a content file, located so an editor can jump to it.</summary>
public sealed record ContentProblem(string File, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    public override string ToString() =>
        $"{File}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
