using System;
using System.Linq;
using System.Reflection;
using Safeguarding.Rules.Catalog;
using Snapshooter.Xunit;
using Xunit;

namespace Safeguarding.Rules.Tests;

/// <summary>
/// The public API of the package, as a snapshot: a change to it shows up in review as a change to
/// __snapshots__/PublicApiTests.The_public_API_is_the_one_reviewed.snap.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_API_is_the_one_reviewed()
    {
        var assembly = typeof(RuleCatalog).Assembly;
        var lines = assembly.GetExportedTypes()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(Describe)
            .ToArray();
        Snapshot.Match(lines);
    }

    private static string[] Describe(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : "class";
        var members = type.GetMembers(flags)
            .Where(m => m is not MethodInfo { IsSpecialName: true })
            .Where(m => !m.Name.StartsWith('<'))
            .Select(m => "  " + Member(m))
            .Order(StringComparer.Ordinal);
        return new[] { $"{kind} {type.FullName}" }.Concat(members).ToArray();
    }

    private static string Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{Setter(p)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        EventInfo e => $"event {e.Name}",
        Type t => $"nested {t.Name}",
        _ => member.Name,
    };

    private static string Setter(PropertyInfo property) => property.SetMethod is { IsPublic: true } setter
        ? setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") ? "init; " : "set; "
        : string.Empty;

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
