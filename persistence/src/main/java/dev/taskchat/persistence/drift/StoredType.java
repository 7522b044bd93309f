package dev.taskchat.persistence.drift;

import jakarta.persistence.AttributeConverter;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.ConverterClass;

/**
 * The Java type a basic mapping hands to JDBC: the attribute's own type, or, when a JPA {@link
 * AttributeConverter} applies, the converter's database side (its second type argument). A {@code Priority}
 * stored through an {@code AttributeConverter<Priority, Short>} belongs in a {@code smallint}.
 *
 * @param converter the converter's class, or null when none applies
 */
record StoredType(Class<?> attributeType, Class<?> databaseType, Class<?> converter) {

    static StoredType of(DirectToFieldMapping mapping) {
        Class<?> attributeType = mapping.getAttributeAccessor().getAttributeClass();
        if (mapping.getConverter() instanceof ConverterClass<?, ?, ?> applied) {
            Class<?> converter = converterClass(
                    applied, mapping.getDescriptor().getJavaClass().getClassLoader());
            return new StoredType(attributeType, databaseSide(converter), converter);
        }
        return new StoredType(attributeType, attributeType, null);
    }

    /** {@code Priority}, or {@code Priority as Short (PriorityConverter)}. */
    String describe() {
        String attribute = attributeType.getSimpleName();
        return converter == null
                ? attribute
                : attribute + " as " + databaseType.getSimpleName() + " (" + converter.getSimpleName() + ")";
    }

    /**
     * The second type argument of {@code AttributeConverter<X, Y>} as {@code converter} binds it, directly or
     * through superclasses and interfaces; {@code Object} when it cannot be told (which then fits no column).
     */
    static Class<?> databaseSide(Class<?> converter) {
        Type found = find(converter, Map.of());
        if (found instanceof Class<?> type) {
            return type;
        }
        if (found instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static Type find(Class<?> type, Map<TypeVariable<?>, Type> bindings) {
        List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
        if (type.getGenericSuperclass() != null) {
            supertypes.add(type.getGenericSuperclass());
        }
        for (Type supertype : supertypes) {
            Type found = null;
            if (supertype instanceof ParameterizedType parameterized) {
                Class<?> raw = (Class<?>) parameterized.getRawType();
                Type[] arguments = parameterized.getActualTypeArguments();
                Map<TypeVariable<?>, Type> bound = new HashMap<>();
                for (int i = 0; i < arguments.length; i++) {
                    bound.put(raw.getTypeParameters()[i], bindings.getOrDefault(arguments[i], arguments[i]));
                }
                found = raw == AttributeConverter.class ? bound.get(raw.getTypeParameters()[1]) : find(raw, bound);
            } else if (supertype instanceof Class<?> plain) {
                found = find(plain, Map.of());
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * EclipseLink keeps the converter's class name in a protected field and offers no getter; the field has had
     * that name since JPA 2.1 support, and the drift tests fail loudly if it ever goes.
     */
    private static Class<?> converterClass(ConverterClass<?, ?, ?> applied, ClassLoader loader) {
        try {
            Field name = ConverterClass.class.getDeclaredField("attributeConverterClassName");
            name.setAccessible(true);
            return Class.forName((String) name.get(applied), false, loader);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot tell which AttributeConverter EclipseLink applies", e);
        }
    }
}
