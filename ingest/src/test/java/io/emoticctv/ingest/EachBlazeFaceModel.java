package io.emoticctv.ingest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A test run once with each BlazeFace model a camera can choose, given as its {@link DetectorKind}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@EnumSource(value = DetectorKind.class, names = {"BLAZEFACE", "BLAZEFACE_FULL_RANGE"})
@interface EachBlazeFaceModel {}
