-- What site admins set per camera in the portal, besides V1's columns.
ALTER TABLE cameras
    ADD COLUMN description  text             NOT NULL DEFAULT '',
    ADD COLUMN latitude     double precision CHECK (latitude BETWEEN -90 AND 90),
    ADD COLUMN longitude    double precision CHECK (longitude BETWEEN -180 AND 180),
    ADD COLUMN zone         text             NOT NULL DEFAULT '',
    -- Faces blurred in every preview image: on unless an admin turns it off.
    ADD COLUMN privacy_blur boolean          NOT NULL DEFAULT true,
    ADD CONSTRAINT cameras_placed_fully CHECK ((latitude IS NULL) = (longitude IS NULL));
