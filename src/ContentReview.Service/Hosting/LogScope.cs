using System.Collections;

namespace ContentReview.Service.Hosting;

/// <summary>
/// A logging scope with one named value: structured for JSON logs (<c>{"CallId":"…"}</c>) and readable as text
/// (<c>CallId:…</c>) for the simple console format.
/// </summary>
/// <param name="Name">The property name.</param>
/// <param name="Value">The value.</param>
internal sealed record LogScope(string Name, object? Value) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Name, Value) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return new(Name, Value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Name}:{Value}";
}
