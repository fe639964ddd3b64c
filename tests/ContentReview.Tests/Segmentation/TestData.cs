using System.Runtime.CompilerServices;

namespace ContentReview.Tests.Segmentation;

/// <summary>Locates test data next to the test sources and the shared benchmark data (../shared from the repo root).</summary>
internal static class TestData
{
    /// <summary>The folder of this source file (tests/ContentReview.Tests/Segmentation).</summary>
    public static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    public static string RepoRoot => Path.GetFullPath(Path.Combine(SourceFolder(), "..", "..", ".."));

    /// <summary>../shared/data relative to the repository root, or null when it is absent (a user's clone).</summary>
    public static string? SharedData
    {
        get
        {
            string dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
            return Directory.Exists(dir) ? dir : null;
        }
    }
}

/// <summary>A fact that is skipped, with the reason, when ../shared/data is not there.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestData.SharedData is null)
        {
            Skip = "../shared/data (benchmark data outside the repository) is not present";
        }
    }
}
