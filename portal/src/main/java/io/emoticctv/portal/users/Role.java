package io.emoticctv.portal.users;

/** What a user may do in the portal; stored in {@code users.role}. */
public enum Role {
  /** Manages users, cameras and rules. */
  ADMIN,
  /** Watches cameras and handles alerts. */
  OPERATOR,
  /** Watches cameras and alerts, changes nothing. */
  VIEWER;

  /** {@link #ADMIN}'s name, for {@code @Secured}, which takes constants only. */
  public static final String ADMIN_NAME = "ADMIN";

  /** {@link #OPERATOR}'s name, for {@code @Secured}. */
  public static final String OPERATOR_NAME = "OPERATOR";
}
