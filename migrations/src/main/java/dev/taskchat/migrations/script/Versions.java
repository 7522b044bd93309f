package dev.taskchat.migrations.script;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders versions the way Flyway does: part by part, as numbers ("2.10" after "2.9", "10" after "9"). */
public final class Versions {

    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {}

    public static int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            BigInteger x = i < a.length ? new BigInteger(a[i]) : BigInteger.ZERO;
            BigInteger y = i < b.length ? new BigInteger(b[i]) : BigInteger.ZERO;
            int order = x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
