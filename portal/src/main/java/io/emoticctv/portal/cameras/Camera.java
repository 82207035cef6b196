package io.emoticctv.portal.cameras;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The columns of {@code cameras} the portal shows. */
@MappedEntity("cameras")
public record Camera(@Id String id, String name, String location, boolean enabled) {}
