using WearableAI.Firmware.Gestures;

namespace WearableAI.Firmware.Host.Imu;

/// <summary>
/// Synthetic 50 Hz wrist accelerometer traces for every <see cref="ImuScenario"/>, in the
/// watch's axes (x along the forearm towards the hand, y across the wrist, z out of the
/// screen; at rest the sensor reads the reaction to gravity, 1000 mg pointing up). Each trace
/// is deterministic for its seed; the seed varies poses, speeds, amplitudes, timing and noise
/// within the ranges documented on each scenario.
/// </summary>
public static class SyntheticImu
{
    /// <summary>Generates one trace.</summary>
    /// <param name="scenario">What the trace shows.</param>
    /// <param name="seed">Any integer; the same seed gives the same trace.</param>
    /// <returns>The trace, named "scenario#seed".</returns>
    public static ImuTrace Generate(ImuScenario scenario, int seed)
    {
        SeededNoise noise = new(seed ^ ((int)scenario * 7919));
        TraceBuilder trace = new(noise);
        GestureKind expected = scenario switch
        {
            ImuScenario.WristRaise => Raise(trace, noise),
            ImuScenario.Shake => Shake(trace, noise),
            ImuScenario.Tap => Taps(trace, noise, 1),
            ImuScenario.DoubleTap => Taps(trace, noise, 2),
            ImuScenario.Fall => Fall(trace, noise),
            ImuScenario.Walking => Walking(trace, noise),
            ImuScenario.Still => Still(trace, noise),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
        };
        return trace.Build($"{scenario}#{seed}", expected, noise.Uniform(4, 12));
    }

    /// <summary>Arm hanging, or horizontal with the screen sideways (0–20° off).</summary>
    private static Vector3D AwayPose(SeededNoise noise) => noise.Chance(0.5)
        ? new Vector3D(-1000, noise.Uniform(-250, 250), noise.Uniform(-250, 250)).WithLength(1000)
        : new Vector3D(noise.Uniform(-250, 250), noise.Sign() * 1000, noise.Uniform(-250, 250)).WithLength(1000);

    /// <summary>Screen facing the eyes: tilted 5–35° from straight up, any direction.</summary>
    private static Vector3D FaceUpPose(SeededNoise noise)
    {
        double tilt = noise.Uniform(5, 35) * Math.PI / 180;
        double azimuth = noise.Uniform(0, 2 * Math.PI);
        return new Vector3D(Math.Sin(tilt) * Math.Cos(azimuth), Math.Sin(tilt) * Math.Sin(azimuth), Math.Cos(tilt)) * 1000;
    }

    // Raise: 1–2 s away, a 0.4–0.8 s turn with a 150–400 mg push, 1.5–2.5 s held up.
    private static GestureKind Raise(TraceBuilder trace, SeededNoise noise)
    {
        Vector3D away = AwayPose(noise);
        Vector3D up = FaceUpPose(noise);
        trace.Hold(away, noise.Uniform(1.0, 2.0), 15);
        trace.Turn(away, up, noise.Uniform(0.4, 0.8), new Vector3D(0, 0, 1), noise.Uniform(150, 400), 15);
        trace.Hold(up, noise.Uniform(1.5, 2.5), 15);
        return GestureKind.WristRaise;
    }

    // Shake: 4–7 Hz, 1.4–2.5 g swings along y or z for 0.6–1.2 s, tapered ends.
    private static GestureKind Shake(TraceBuilder trace, SeededNoise noise)
    {
        Vector3D pose = AwayPose(noise);
        Vector3D axis = noise.Chance(0.7) ? new Vector3D(0, 1, 0) : new Vector3D(0, 0, 1);
        double frequency = noise.Uniform(4, 7);
        double amplitude = noise.Uniform(1400, 2500);
        double duration = noise.Uniform(0.6, 1.2);
        trace.Hold(pose, noise.Uniform(1.0, 1.5), 15);
        trace.Add(duration, t =>
        {
            double taper = Math.Min(1, Math.Min(t, duration - t) / 0.06);
            return pose + (axis * (amplitude * taper * Math.Sin(2 * Math.PI * frequency * t)));
        });
        trace.Hold(pose, noise.Uniform(1.5, 2.0), 15);
        return GestureKind.Shake;
    }

    // Tap: resting (screen up or sideways), knocks of 1.7–3.5 g lasting 1–2 samples with a rebound;
    // a double tap's knocks are 240–400 ms apart. 2 s of rest after.
    private static GestureKind Taps(TraceBuilder trace, SeededNoise noise, int count)
    {
        Vector3D pose = noise.Chance(0.6) ? FaceUpPose(noise) : AwayPose(noise);
        double tremor = noise.Uniform(5, 12);
        trace.Hold(pose, noise.Uniform(1.5, 2.5), tremor);
        for (int i = 0; i < count; i++)
        {
            Vector3D direction = new Vector3D(noise.Uniform(-0.3, 0.3), noise.Uniform(-0.3, 0.3), -1).WithLength(1);
            double peak = noise.Uniform(1700, 3500);
            if (noise.Chance(0.5))
            {
                trace.AddSamples(pose + (direction * (0.6 * peak)), pose + (direction * peak), pose - (direction * (0.35 * peak)), pose + (direction * (0.1 * peak)));
            }
            else
            {
                trace.AddSamples(pose + (direction * peak), pose - (direction * (0.3 * peak)), pose + (direction * (0.08 * peak)));
            }

            if (i + 1 < count)
            {
                trace.Hold(pose, noise.Uniform(0.18, 0.32), tremor);
            }
        }

        trace.Hold(pose, 2.0, tremor);
        return count == 1 ? GestureKind.Tap : GestureKind.DoubleTap;
    }

    // Fall: standing 1.5–2 s, a 0.1–0.2 s stumble, 0.2–0.45 s free fall (50–200 mg), an impact of
    // 3–6 g, 0.3 s of tumbling to rest in a random pose, 2.5–3.5 s lying still.
    private static GestureKind Fall(TraceBuilder trace, SeededNoise noise)
    {
        Vector3D standing = AwayPose(noise);
        trace.Hold(standing, noise.Uniform(1.5, 2.0), 15);
        trace.Add(noise.Uniform(0.1, 0.2), _ => standing + noise.Direction(noise.Uniform(100, 400)));
        Vector3D floating = noise.Direction(noise.Uniform(50, 200));
        trace.Add(noise.Uniform(0.2, 0.45), _ => floating + noise.Direction(20));
        Vector3D lying = noise.Direction(1000);
        Vector3D hit = noise.Direction(1);
        double peak = noise.Uniform(3000, 6000);
        trace.AddSamples(hit * (0.5 * peak), hit * peak, (hit * (0.4 * peak)) + lying, lying - (hit * (0.2 * peak)), lying + (hit * (0.1 * peak)));
        trace.Add(0.3, t => lying + (noise.Direction(300) * (1 - (t / 0.3))));
        trace.Hold(lying, noise.Uniform(2.5, 3.5), 4);
        return GestureKind.FallCandidate;
    }

    // Walking: 15–25 s, arm swing of 12–23° at 0.8–1.1 Hz, a heel strike of 200–500 mg at every
    // step (twice per swing) with ±30 ms jitter, a 100–150 mg vertical bob, hand tremor.
    private static GestureKind Walking(TraceBuilder trace, SeededNoise noise)
    {
        double swingHz = noise.Uniform(0.8, 1.1);
        double swing = noise.Uniform(12, 23) * Math.PI / 180;
        double phase = noise.Uniform(0, 2 * Math.PI);
        double bob = noise.Uniform(100, 150);
        double roll = noise.Uniform(-15, 15) * Math.PI / 180;
        double duration = noise.Uniform(15, 25);
        double stepPeriod = 0.5 / swingHz;
        double[] strikes = new double[(int)(duration / stepPeriod) + 2];
        double[] strength = new double[strikes.Length];
        for (int i = 0; i < strikes.Length; i++)
        {
            strikes[i] = (i * stepPeriod) + noise.Uniform(-0.03, 0.03);
            strength[i] = noise.Uniform(200, 500);
        }

        double omega = 2 * Math.PI * swingHz;
        trace.Add(duration, t =>
        {
            double theta = swing * Math.Sin((omega * t) + phase);
            double tangential = 0.5 * 0.55 * swing * omega * omega * Math.Sin((omega * t) + phase) * 1000 / 9.81;
            double y = (1000 * Math.Sin(theta)) + tangential;
            double x = (-1000 * Math.Cos(theta)) - (bob * Math.Sin(2 * omega * t));
            int step = (int)Math.Round(t / stepPeriod);
            double since = t - strikes[Math.Clamp(step, 0, strikes.Length - 1)];
            if (since >= 0 && since < 0.06)
            {
                x -= strength[step] * Math.Sin(Math.PI * since / 0.06);
            }
            else if (since >= 0.06 && since < 0.12)
            {
                x += 0.3 * strength[step] * Math.Sin(Math.PI * (since - 0.06) / 0.06);
            }

            return new Vector3D(x, y * Math.Cos(roll), y * Math.Sin(roll)) + noise.Direction(noise.Uniform(0, 40));
        });
        return GestureKind.None;
    }

    // Still: 15–25 s on a table (screen up, 0–3° off level) or on a resting arm (away pose, tremor).
    private static GestureKind Still(TraceBuilder trace, SeededNoise noise)
    {
        double duration = noise.Uniform(15, 25);
        if (noise.Chance(0.5))
        {
            double tilt = noise.Uniform(0, 3) * Math.PI / 180;
            trace.Hold(new Vector3D(Math.Sin(tilt), 0, Math.Cos(tilt)) * 1000, duration, 1);
        }
        else
        {
            trace.Hold(AwayPose(noise), duration, noise.Uniform(5, 20));
        }

        return GestureKind.None;
    }
}
