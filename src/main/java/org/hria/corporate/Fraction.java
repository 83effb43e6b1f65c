package org.hria.corporate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact rational number: scores are kept exact and rounded once, at output. */
record Fraction(BigInteger numerator, BigInteger denominator) {

	static final Fraction ZERO = of(0, 1);

	Fraction {
		if (denominator.signum() == 0) {
			throw new ArithmeticException("denominator 0");
		}
		if (denominator.signum() < 0) {
			numerator = numerator.negate();
			denominator = denominator.negate();
		}
		BigInteger gcd = numerator.gcd(denominator);
		if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
			numerator = numerator.divide(gcd);
			denominator = denominator.divide(gcd);
		}
	}

	static Fraction of(long numerator, long denominator) {
		return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
	}

	static Fraction of(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		int scale = Math.max(stripped.scale(), 0);
		return new Fraction(stripped.movePointRight(scale).toBigIntegerExact(), BigInteger.TEN.pow(scale));
	}

	/** 100 x points / max: a percentage. */
	static Fraction percent(long points, long max) {
		return of(100 * points, max);
	}

	Fraction plus(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
				denominator.multiply(other.denominator));
	}

	Fraction minus(Fraction other) {
		return plus(new Fraction(other.numerator.negate(), other.denominator));
	}

	Fraction times(Fraction other) {
		return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
	}

	Fraction dividedBy(Fraction other) {
		return new Fraction(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
	}

	/** The one rounding: to {@code scale} decimals, HALF_UP. */
	BigDecimal round(int scale) {
		return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
	}

	BigDecimal display() {
		return round(1);
	}

}
