package vn.dvc.calendar;

/**
 * The two astronomical events the lunisolar calendar is built on: new moons and the sun's
 * longitude. Formulas after Jean Meeus, Astronomical Algorithms (2nd ed.): chapter 49 for the true
 * new moon (about a minute of accuracy), chapter 25's low-accuracy sun (about 0.01°, some 15
 * minutes of the sun's motion), and Espenak &amp; Meeus's polynomials for ΔT. Times are Julian
 * dates; {@code jde} is in Terrestrial Time, {@code jd} in Universal Time.
 */
final class Astronomy {

  static final double J2000 = 2451545.0;

  /** Julian date of 1970-01-01T00:00Z, the origin of {@link java.time.LocalDate#toEpochDay()}. */
  static final double UNIX_EPOCH_JD = 2440587.5;

  static final double MEAN_SYNODIC_MONTH = 29.530588861;

  /** JDE of the mean new moon of lunation 0, the one of 6 January 2000. */
  static final double LUNATION_ZERO = 2451550.09766;

  private static final double[] PLANETARY_AMPLITUDES = {
    0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047,
    0.000042, 0.000040, 0.000037, 0.000035, 0.000023
  };

  private Astronomy() {}

  /** JDE of the true new moon of lunation {@code k}, counted from the one of 6 January 2000. */
  static double newMoon(int k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double mean =
        LUNATION_ZERO
            + MEAN_SYNODIC_MONTH * k
            + 0.00015437 * t2
            - 0.000000150 * t3
            + 0.00000000073 * t4;
    // Eccentricity of the Earth's orbit, which scales the terms that depend on the sun's anomaly.
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double sunAnomaly = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    double moonAnomaly =
        rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    double latitude =
        rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    double node = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    double m = sunAnomaly;
    double mm = moonAnomaly;
    double f = latitude;
    double correction =
        -0.40720 * Math.sin(mm)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mm)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mm - m)
            - 0.00514 * e * Math.sin(mm + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mm - 2 * f)
            - 0.00057 * Math.sin(mm + 2 * f)
            + 0.00056 * e * Math.sin(2 * mm + m)
            - 0.00042 * Math.sin(3 * mm)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mm - m)
            - 0.00017 * Math.sin(node)
            - 0.00007 * Math.sin(mm + 2 * m)
            + 0.00004 * Math.sin(2 * mm - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mm + m - 2 * f)
            + 0.00003 * Math.sin(2 * mm + 2 * f)
            - 0.00003 * Math.sin(mm + m + 2 * f)
            + 0.00003 * Math.sin(mm - m + 2 * f)
            - 0.00002 * Math.sin(mm - m - 2 * f)
            - 0.00002 * Math.sin(3 * mm + m)
            + 0.00002 * Math.sin(4 * mm);
    double[] planetaryArguments = {
      299.77 + 0.107408 * k - 0.009173 * t2,
      251.88 + 0.016321 * k,
      251.83 + 26.651886 * k,
      349.42 + 36.412478 * k,
      84.66 + 18.206239 * k,
      141.74 + 53.303771 * k,
      207.14 + 2.453732 * k,
      154.84 + 7.306860 * k,
      34.52 + 27.261239 * k,
      207.19 + 0.121824 * k,
      291.34 + 1.844379 * k,
      161.72 + 24.198154 * k,
      239.56 + 25.513099 * k,
      331.55 + 3.592518 * k
    };
    double planetary = 0;
    for (int i = 0; i < planetaryArguments.length; i++) {
      planetary += PLANETARY_AMPLITUDES[i] * Math.sin(rad(planetaryArguments[i]));
    }
    return mean + correction + planetary;
  }

  /** The sun's apparent geocentric longitude in degrees, in [0, 360). */
  static double sunLongitude(double jde) {
    double t = (jde - J2000) / 36525;
    double t2 = t * t;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
    double anomaly = rad(357.52911 + 35999.05029 * t - 0.0001537 * t2);
    double centre =
        (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly)
            + 0.000289 * Math.sin(3 * anomaly);
    double node = rad(125.04 - 1934.136 * t);
    // Aberration and nutation in longitude, to the precision of the rest.
    double apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(node);
    return normalize(apparent);
  }

  /** TT − UT in days at a Julian date; only minutes matter to a calendar, so a model suffices. */
  static double deltaT(double jd) {
    double y = 2000 + (jd - J2000) / 365.25;
    double seconds;
    if (y >= 1900 && y < 1920) {
      double t = y - 1900;
      seconds =
          -2.79
              + 1.494119 * t
              - 0.0598939 * t * t
              + 0.0061966 * t * t * t
              - 0.000197 * t * t * t * t;
    } else if (y >= 1920 && y < 1941) {
      double t = y - 1920;
      seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    } else if (y >= 1941 && y < 1961) {
      double t = y - 1950;
      seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    } else if (y >= 1961 && y < 1986) {
      double t = y - 1975;
      seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    } else if (y >= 1986 && y < 2005) {
      double t = y - 2000;
      seconds =
          63.86
              + 0.3345 * t
              - 0.060374 * t * t
              + 0.0017275 * t * t * t
              + 0.000651814 * t * t * t * t
              + 0.00002373599 * t * t * t * t * t;
    } else if (y >= 2005 && y < 2050) {
      double t = y - 2000;
      seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
    } else if (y >= 2050 && y < 2150) {
      double u = (y - 1820) / 100;
      seconds = -20 + 32 * u * u - 0.5628 * (2150 - y);
    } else {
      double u = (y - 1820) / 100;
      seconds = -20 + 32 * u * u;
    }
    return seconds / 86400;
  }

  private static double rad(double degrees) {
    return Math.toRadians(normalize(degrees));
  }

  private static double normalize(double degrees) {
    double reduced = degrees % 360;
    return reduced < 0 ? reduced + 360 : reduced;
  }
}
