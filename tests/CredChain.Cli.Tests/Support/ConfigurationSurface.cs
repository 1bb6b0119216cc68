using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace CredChain.Cli.Tests.Support;

/// <summary>
/// The configuration keys a service binds, found by reflection over its options classes: every type with a
/// <c>SectionName</c> constant is a section, and its settable (or collection) properties are its keys, recursively.
/// </summary>
internal sealed class ConfigurationSurface
{
    private readonly Dictionary<string, Setting> _sections;

    private ConfigurationSurface(Dictionary<string, Setting> sections) => _sections = sections;

    public IReadOnlyCollection<string> Sections => _sections.Keys;

    public static ConfigurationSurface Of(Assembly assembly)
    {
        var sections = new Dictionary<string, Setting>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in assembly.GetTypes())
        {
            var field = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static);
            if (field is { IsLiteral: true } && field.GetRawConstantValue() is string name)
            {
                Assert.False(sections.ContainsKey(name), $"Two options classes bind section {name} in {assembly.GetName().Name}.");
                sections[name] = Setting.For(type);
            }
        }

        return new ConfigurationSurface(sections);
    }

    /// <summary>True when <paramref name="key"/> (e.g. <c>Portal:Networks:0:RpcUrl</c>) reaches a setting.</summary>
    public bool Binds(string key) => Find(key) is { } setting && (setting.IsScalar || (setting.Element?.IsScalar ?? false));

    /// <summary>
    /// Why <paramref name="value"/> would be refused for <paramref name="key"/>: not convertible to the setting's type,
    /// or failing its validation attributes (range, pattern…); null when it is accepted or the key binds no scalar.
    /// </summary>
    public string? Refusal(string key, string value)
    {
        var setting = Find(key);
        if (setting is not { IsScalar: true, Property: { } property })
        {
            return null;
        }

        object? converted;
        try
        {
            converted = System.ComponentModel.TypeDescriptor.GetConverter(setting.Type).ConvertFromInvariantString(value);
        }
        catch (Exception exception) when (exception is FormatException or NotSupportedException or ArgumentException || exception.InnerException is FormatException)
        {
            return $"'{value}' is not a {setting.Type.Name}";
        }

        var results = new List<ValidationResult>();
        var context = new ValidationContext(new object()) { MemberName = property.Name, DisplayName = key };
        return Validator.TryValidateValue(converted!, context, results, property.GetCustomAttributes<ValidationAttribute>())
            ? null
            : $"'{value}': {results[0].ErrorMessage}";
    }

    /// <summary>The setting <paramref name="key"/> reaches (list items by number), or null.</summary>
    private Setting? Find(string key)
    {
        var segments = key.Split(':');
        if (!_sections.TryGetValue(segments[0], out var setting))
        {
            return null;
        }

        foreach (var segment in segments.Skip(1))
        {
            if (setting.Element is not null)
            {
                if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    return null;
                }

                setting = setting.Element;
            }
            else if (!setting.Children.TryGetValue(segment, out setting!))
            {
                return null;
            }
        }

        return setting;
    }

    /// <summary>
    /// Keys whose default value fails the options' own validation, so that the service would refuse to start
    /// unless <paramref name="given"/> supplies them: per section, and per list item that <paramref name="given"/> uses.
    /// </summary>
    public IEnumerable<string> MustBeGiven(IReadOnlyCollection<string> given)
    {
        foreach (var (name, section) in _sections)
        {
            foreach (var key in section.InvalidByDefault().Select(p => $"{name}:{p}"))
            {
                yield return key;
            }

            foreach (var (childName, child) in section.Children.Where(c => c.Value.Element is { IsScalar: false }))
            {
                var prefix = $"{name}:{childName}:";
                var indices = given.Where(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    .Select(k => k[prefix.Length..].Split(':')[0])
                    .Distinct();
                foreach (var index in indices)
                {
                    foreach (var property in child.Element!.InvalidByDefault())
                    {
                        yield return $"{prefix}{index}:{property}";
                    }
                }
            }
        }
    }

    private sealed class Setting
    {
        private Type _type = typeof(object);

        public bool IsScalar { get; private init; }

        /// <summary>The options property this setting binds (null for sections and list items).</summary>
        public PropertyInfo? Property { get; private set; }

        public Type Type => _type;

        public Setting? Element { get; private init; }

        public Dictionary<string, Setting> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

        public static Setting For(Type type, int depth = 0)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (IsScalarType(type))
            {
                return new Setting { IsScalar = true, _type = type };
            }

            if (ElementType(type) is { } element)
            {
                return new Setting { Element = For(element, depth + 1), _type = type };
            }

            Assert.True(depth < 8, $"Options nest too deep at {type}.");
            var setting = new Setting { _type = type };
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var bindable = property.CanWrite && property.SetMethod!.IsPublic || ElementType(property.PropertyType) is not null;
                if (bindable && property.GetIndexParameters().Length == 0)
                {
                    var key = property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;
                    var child = For(property.PropertyType, depth + 1);
                    child.Property = property;
                    setting.Children[key] = child;
                }
            }

            return setting;
        }

        /// <summary>Scalar properties whose value in a default instance fails their validation attributes.</summary>
        public IEnumerable<string> InvalidByDefault()
        {
            if (IsScalar || Element is not null)
            {
                yield break;
            }

            var instance = Activator.CreateInstance(_type, nonPublic: true)!;
            foreach (var property in _type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => Children.TryGetValue(p.Name, out var c) && c.IsScalar))
            {
                var context = new ValidationContext(instance) { MemberName = property.Name };
                if (!Validator.TryValidateProperty(property.GetValue(instance), context, []))
                {
                    yield return property.Name;
                }
            }
        }

        private static bool IsScalarType(Type type) =>
            type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri);

        private static Type? ElementType(Type type)
        {
            if (type == typeof(string))
            {
                return null;
            }

            if (type.IsArray)
            {
                return type.GetElementType();
            }

            var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable?.GetGenericArguments()[0] is { } element && !element.IsGenericType ? element : null;
        }
    }
}
