using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Safeguarding.Rules.Calendars;
using Safeguarding.Rules.Provenance;
using Safeguarding.Rules.Timescales;

namespace Safeguarding.Rules.DependencyInjection;

/// <summary>Registers the library's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the working-day calendar, with the caller's holiday changes, the caller's <see cref="Readings"/>
    /// (pass them to <c>DecisionRule.Evaluate(facts, readings)</c> too), and the <see cref="DeadlineEvaluator"/> on that
    /// calendar with those readings: singletons, immutable and thread-safe. Decision rules and section 11 checks are
    /// pure static functions and need no registration. The library reads no clock: a host that needs
    /// "today" registers its own NodaTime <c>IClock</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional changes to the defaults.</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A holiday added or removed is outside the calendar's range.</exception>
    public static IServiceCollection AddSafeguardingRules(
        this IServiceCollection services,
        Action<SafeguardingRulesOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new SafeguardingRulesOptions();
        configure?.Invoke(options);

        // Built now, so that a bad option fails at start-up rather than on first use.
        var calendar = options.BuildCalendar();
        services.TryAddSingleton(calendar);
        var readings = options.Readings ?? Readings.Default;
        services.TryAddSingleton(readings);
        services.TryAddSingleton(options.LocalTimescales ?? LocalTimescales.None);
        services.TryAddSingleton(provider => new DeadlineEvaluator(provider.GetRequiredService<WorkingDayCalendar>(), provider.GetRequiredService<Readings>(), provider.GetRequiredService<LocalTimescales>()));
        return services;
    }
}
