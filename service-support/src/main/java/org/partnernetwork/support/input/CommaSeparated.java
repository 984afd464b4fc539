package org.partnernetwork.support.input;

import java.util.Collection;
import java.util.Set;

import org.springframework.core.CollectionFactory;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * {@code ?status=ACCEPTED,DECLINED} as a list, each item converted exactly as it is
 * written: Spring's own converter trims each item, so {@code " ACCEPTED"} would pass as a
 * code.
 */
final class CommaSeparated implements ConditionalGenericConverter {

	private final ConversionService conversions;

	CommaSeparated(ConversionService conversions) {
		this.conversions = conversions;
	}

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, Collection.class));
	}

	@Override
	public boolean matches(TypeDescriptor source, TypeDescriptor target) {
		TypeDescriptor element = target.getElementTypeDescriptor();
		return element == null || conversions.canConvert(source, element);
	}

	@Override
	public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null) {
			return null;
		}
		String text = (String) source;
		TypeDescriptor element = targetType.getElementTypeDescriptor();
		String[] items = text.isEmpty() ? new String[0] : text.split(",", -1);
		Collection<Object> collection = CollectionFactory.createCollection(targetType.getType(),
				element != null ? element.getType() : null, items.length);
		for (String item : items) {
			Object converted = element == null ? item : conversions.convert(item, sourceType, element);
			if (converted == null) {
				throw new IllegalArgumentException("an empty item");
			}
			collection.add(converted);
		}
		return collection;
	}

}
