package dev.taskchat.persistence.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.taskchat.domain.task.Priority;
import jakarta.persistence.AttributeConverter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A converter's database side is its second type argument, wherever in its supertypes it is bound. */
class StoredTypeTest {

    @Test
    void readsTheSecondTypeArgumentOfADirectConverter() {
        assertThat(StoredType.databaseSide(RankConverter.class)).isEqualTo(Short.class);
    }

    @Test
    void followsTheTypeArgumentThroughASuperclass() {
        assertThat(StoredType.databaseSide(CodeConverter.class)).isEqualTo(String.class);
    }

    @Test
    void aParameterizedDatabaseSideIsItsRawClass() {
        assertThat(StoredType.databaseSide(ListConverter.class)).isEqualTo(List.class);
    }

    @Test
    void anUnboundDatabaseSideIsObjectAndFitsNoColumn() {
        assertThat(StoredType.databaseSide(PassThroughConverter.class)).isEqualTo(Object.class);
    }

    @Test
    void describesTheAttributeAndWhatItsConverterStores() {
        assertThat(new StoredType(Priority.class, Short.class, RankConverter.class).describe())
                .isEqualTo("Priority as Short (RankConverter)");
        assertThat(new StoredType(String.class, String.class, null).describe()).isEqualTo("String");
    }

    static class RankConverter implements AttributeConverter<Priority, Short> {
        @Override
        public Short convertToDatabaseColumn(Priority priority) {
            return (short) priority.rank();
        }

        @Override
        public Priority convertToEntityAttribute(Short rank) {
            return Priority.values()[rank];
        }
    }

    abstract static class EnumConverter<E extends Enum<E>, Y> implements AttributeConverter<E, Y> {}

    static class CodeConverter extends EnumConverter<Priority, String> {
        @Override
        public String convertToDatabaseColumn(Priority priority) {
            return priority.code();
        }

        @Override
        public Priority convertToEntityAttribute(String code) {
            return Priority.ofCode(code);
        }
    }

    static class ListConverter implements AttributeConverter<String, List<String>> {
        @Override
        public List<String> convertToDatabaseColumn(String value) {
            return List.of(value);
        }

        @Override
        public String convertToEntityAttribute(List<String> values) {
            return values.get(0);
        }
    }

    static class PassThroughConverter<T> implements AttributeConverter<T, T> {
        @Override
        public T convertToDatabaseColumn(T value) {
            return value;
        }

        @Override
        public T convertToEntityAttribute(T value) {
            return value;
        }
    }
}
