using System;
using FunnelCrm.Funnel.Scoring;
using FunnelCrm.Funnel.Stages;

namespace FunnelCrm.Crm.Configuration;

/// <summary>An immutable snapshot of the funnel's configuration: the scoring model and the funnel settings.</summary>
public sealed class FunnelConfiguration
{
    /// <summary>Builds the snapshot and the engine objects that serve it.</summary>
    public FunnelConfiguration(ScoringModel model, FunnelSettings settings, Guid? settingsId, int roundRobinIndex)
    {
        Model = model;
        Settings = settings;
        SettingsId = settingsId;
        RoundRobinIndex = roundRobinIndex;
        Engine = new ScoringEngine(model);
        Stages = new StageMachine(settings, model);
    }

    /// <summary>The scoring model (rules, threshold, half-life, grades, version).</summary>
    public ScoringModel Model { get; }

    /// <summary>The funnel settings (BANT, SLAs, routing, recycling).</summary>
    public FunnelSettings Settings { get; }

    /// <summary>The fcm_funnelsettings row, or null when the defaults apply.</summary>
    public Guid? SettingsId { get; }

    /// <summary>The round-robin cursor as loaded (routing reads the current one from the row).</summary>
    public int RoundRobinIndex { get; }

    /// <summary>The scoring engine for the model.</summary>
    public ScoringEngine Engine { get; }

    /// <summary>The stage machine for the settings and model.</summary>
    public StageMachine Stages { get; }
}
